import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { ButtonHTMLAttributes, CSSProperties } from 'preact';
import { keyTarget, moveItem, positionText } from '../../lib/reorder';
import type { Announce } from './announcer';

/**
 * The controls of an item that can take focus back after a move: the item's markup marks them
 * with these `data-sortable` values.
 */
export type Control = 'handle' | 'up' | 'down';

export interface SortableOptions<Id extends string> {
  items: readonly Id[];
  onChange: (items: Id[]) => void;
  /** Plain-text name of an item, for announcements and button names. */
  label: (id: Id) => string;
  announce: Announce;
}

interface Drag {
  pointerId: number;
  from: number;
  over: number;
  startY: number;
  delta: number;
  /** Vertical midpoints of the items when the drag started, in list order. */
  mids: number[];
  /** How far the other items step aside: the dragged item's height plus the gap. */
  shift: number;
  started: boolean;
}

/** Movement (px) before a press on the handle becomes a drag. */
const dragThreshold = 4;

/**
 * Reordering by pointer (mouse, touch, pen: Pointer Events on the handle), by keyboard on the
 * handle (Space/Enter picks up and drops, arrows/Home/End move, Escape cancels) and by
 * Move up / Move down buttons. Focus returns to the moved item; moves are announced.
 */
export function useSortable<Id extends string>({ items, onChange, label, announce }: SortableOptions<Id>) {
  const nodes = useRef(new Map<Id, HTMLElement>());
  const focusAfter = useRef<{ id: Id; control: Control }>();
  const drag = useRef<Drag>();
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  const [picked, setPicked] = useState<{ id: Id; origin: readonly Id[] }>();

  const handleOf = (id: Id) => nodes.current.get(id)?.querySelector<HTMLElement>('[data-sortable="handle"]');

  useLayoutEffect(() => {
    const request = focusAfter.current;
    if (!request) return;
    focusAfter.current = undefined;
    const wanted = nodes.current
      .get(request.id)
      ?.querySelector<HTMLButtonElement>(`[data-sortable="${request.control}"]`);
    (wanted && !wanted.disabled ? wanted : handleOf(request.id))?.focus();
  });

  const count = items.length;
  const where = (index: number) => positionText(index, count);

  function move(from: number, to: number, control: Control, verb = 'moved to') {
    const id = items[from];
    onChange(moveItem(items, from, to));
    announce(`${label(id)} ${verb} position ${where(to)}.`);
    focusAfter.current = { id, control };
  }

  function endDrag(commit: boolean) {
    const current = drag.current;
    drag.current = undefined;
    redraw(0);
    if (!current?.started) return;
    if (commit && current.over !== current.from) {
      move(current.from, current.over, 'handle', 'dropped at');
    } else {
      announce(`${label(items[current.from])} back at position ${where(current.from)}.`);
    }
  }

  /** Keys on a handle; returns false for a key it leaves to the browser. */
  function handleKey(key: string, index: number): boolean {
    const id = items[index];
    const target = keyTarget(key, index, count);
    const toggle = key === ' ' || key === 'Enter';
    if (drag.current) {
      if (key === 'Escape') endDrag(false);
      return key === 'Escape';
    }
    if (picked?.id === id) {
      if (toggle || key === 'Tab') {
        setPicked(undefined);
        announce(`${label(id)} dropped at position ${where(index)}.`);
        return key !== 'Tab';
      }
      if (key === 'Escape') {
        setPicked(undefined);
        onChange([...picked.origin]);
        announce(`Move cancelled. ${label(id)} back at position ${where(picked.origin.indexOf(id))}.`);
        focusAfter.current = { id, control: 'handle' };
        return true;
      }
      if (target !== undefined) move(index, target, 'handle');
      return target !== undefined;
    }
    if (toggle) {
      setPicked({ id, origin: items });
      announce(
        `${label(id)} picked up at position ${where(index)}. Arrow keys move it, Space or Enter drops it, Escape cancels.`,
      );
      return true;
    }
    if (target !== undefined) handleOf(items[target])?.focus();
    return target !== undefined;
  }

  /** Props for an item's drag handle (a button); `index` is the item's place in `items`. */
  function handleProps(index: number): ButtonHTMLAttributes<HTMLButtonElement> {
    return {
      onKeyDown: (event) => {
        if (handleKey(event.key, index)) event.preventDefault();
      },
      onPointerDown: (event) => {
        if (drag.current || picked || (event.pointerType === 'mouse' && event.button !== 0)) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus();
        const rects = items.map((id) => nodes.current.get(id)?.getBoundingClientRect() ?? new DOMRect());
        const gap = rects.length > 1 ? rects[1].top - rects[0].bottom : 0;
        drag.current = {
          pointerId: event.pointerId,
          from: index,
          over: index,
          startY: event.clientY,
          delta: 0,
          mids: rects.map((rect) => rect.top + rect.height / 2),
          shift: rects[index].height + gap,
          started: false,
        };
      },
      onPointerMove: (event) => {
        const current = drag.current;
        if (!current || event.pointerId !== current.pointerId) return;
        const delta = event.clientY - current.startY;
        if (!current.started && Math.abs(delta) < dragThreshold) return;
        const center = current.mids[current.from] + delta;
        const over = current.mids.filter((mid, i) => i !== current.from && mid < center).length;
        if (over !== current.over || !current.started) {
          announce(`${label(items[current.from])}, position ${where(over)}.`, true);
        }
        drag.current = { ...current, delta, over, started: true };
        redraw(0);
      },
      onPointerUp: () => endDrag(true),
      onPointerCancel: () => endDrag(false),
    };
  }

  /** Inline style of the item at `index` while a pointer drag is under way. */
  function itemStyle(index: number): CSSProperties | undefined {
    const current = drag.current;
    if (!current?.started) return undefined;
    const { from, over, shift, delta } = current;
    let offset = 0;
    if (index === from) offset = delta;
    else if (from < index && index <= over) offset = -shift;
    else if (over <= index && index < from) offset = shift;
    return offset ? { transform: `translateY(${offset}px)` } : undefined;
  }

  return {
    /** The keyboard-picked item, if any. */
    picked: picked?.id,
    /** The item being dragged by a pointer, if any. */
    dragging: drag.current?.started ? items[drag.current.from] : undefined,
    handleProps,
    itemStyle,
    /** Moves the item at `index` one place up (-1) or down (+1), as the Move buttons do. */
    moveBy: (index: number, step: -1 | 1) => move(index, index + step, step < 0 ? 'up' : 'down'),
    /** Ref callback for an item's root element. */
    itemRef: (id: Id) => (node: HTMLElement | null) => {
      if (node) nodes.current.set(id, node);
      else nodes.current.delete(id);
    },
  };
}
