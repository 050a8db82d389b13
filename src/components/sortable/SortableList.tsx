import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Announce } from './announcer';
import { useSortable } from './useSortable';
import { GripIcon } from './GripIcon';
import '../../styles/drag-handle.css';
import './sortable.css';

export interface SortableListProps<Id extends string> {
  items: readonly Id[];
  onChange: (items: Id[]) => void;
  /** Plain-text name of an item (announcements, button names). */
  label: (id: Id) => string;
  /** The item's visible content. */
  render: (id: Id, index: number) => ComponentChildren;
  /** Accessible name of the list. */
  listLabel: string;
  announce: Announce;
  /** Extra class of an item (e.g. marks after a check). */
  itemClass?: (id: Id) => string | undefined;
}

/**
 * An ordered list the reader can reorder by dragging a handle (mouse, touch, pen), with the
 * keyboard on the handle, or with the visible Move up / Move down buttons.
 */
export function SortableList<Id extends string>(props: SortableListProps<Id>) {
  const { items, label, render, listLabel, itemClass } = props;
  const sortable = useSortable(props);
  const hintId = useId();
  const last = items.length - 1;
  return (
    <div class="sortable">
      <p id={hintId} class="sortable-hint" data-pagefind-ignore>
        Drag an item by its handle or use Move up and Move down. Or press a handle (Space, Enter or a click)
        to pick the item up, move it with the arrow keys and press the handle again to drop it; Escape
        cancels.
      </p>
      <ol
        ref={sortable.listRef}
        class="sortable-list"
        aria-label={listLabel}
        data-dragging={sortable.dragging !== undefined}
      >
        {items.map((id, index) => (
          <li
            key={id}
            ref={sortable.itemRef(id)}
            data-id={id}
            class={[
              'sortable-item',
              sortable.picked === id && 'is-picked',
              sortable.dragging === id && 'is-dragging',
              itemClass?.(id),
            ]
              .filter(Boolean)
              .join(' ')}
            style={sortable.itemStyle(index)}
          >
            <button
              type="button"
              class="drag-handle sortable-handle"
              data-sortable="handle"
              aria-label={`Reorder ${label(id)}`}
              aria-describedby={hintId}
              {...sortable.handleProps(index)}
            >
              <GripIcon />
            </button>
            <div class="sortable-content">{render(id, index)}</div>
            <div class="sortable-moves" data-pagefind-ignore>
              <button
                type="button"
                data-sortable="up"
                disabled={index === 0}
                onClick={() => sortable.moveBy(index, -1)}
              >
                <span aria-hidden="true">↑ </span>Move up<span class="sr-only">: {label(id)}</span>
              </button>
              <button
                type="button"
                data-sortable="down"
                disabled={index === last}
                onClick={() => sortable.moveBy(index, 1)}
              >
                <span aria-hidden="true">↓ </span>Move down
                <span class="sr-only">: {label(id)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
