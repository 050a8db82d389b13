import { useCallback, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { ButtonHTMLAttributes, CSSProperties } from 'preact';
import { keyTarget, moveItem, positionText } from '../../lib/reorder';
import type { Announce } from './announcer';
import { keepFocusInPlace } from './keep-focus-in-place';

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

/** Where focus goes when the wanted control is disabled: the item's other Move button, then its handle. */
const fallbacks: Record<Control, Control[]> = {
  handle: ['handle'],
  up: ['up', 'down', 'handle'],
  down: ['down', 'up', 'handle'],
};

/**
 * Reordering by pointer (mouse, touch, pen: Pointer Events on the handle), by keyboard on the
 * handle (Space/Enter picks up and drops, arrows/Home/End move, Escape cancels), by a click on the
 * handle (how screen-reader browse mode, voice control and switches press it: picks up and drops)
 * and by Move up / Move down buttons. The moved item keeps focus; moves are announced once.
 */
export function useSortable<Id extends string>({ items, onChange, label, announce }: SortableOptions<Id>) {
  const nodes = useRef(new Map<Id, HTMLElement>());
  const focusAfter = useRef<{ id: Id; control: Control }>();
  const drag = useRef<Drag>();
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  // A ref, not state: blur and click can follow a key press before the next render.
  const pickedRef = useRef<{ id: Id; origin: readonly Id[] }>();
  const picked = pickedRef.current;
  const setPicked = (next: typeof picked) => {
    pickedRef.current = next;
    redraw(0);
  };
  /** A held arrow key moved the picked item silently; its release says where it ended. */
  const heldMove = useRef(false);
  /** A pointer drag just ended: the click that follows it is not a press of the handle. */
  const dragEnded = useRef(false);

  // Stable, so the list is patched once, when it mounts.
  const listRef = useCallback((node: HTMLElement | null) => {
    if (node) keepFocusInPlace(node);
  }, []);

  const handleOf = (id: Id) => nodes.current.get(id)?.querySelector<HTMLElement>('[data-sortable="handle"]');

  useLayoutEffect(() => {
    const request = focusAfter.current;
    if (!request) return;
    focusAfter.current = undefined;
    const item = nodes.current.get(request.id);
    const enabled = fallbacks[request.control]
      .map((control) => item?.querySelector<HTMLButtonElement>(`[data-sortable="${control}"]`))
      .find((button) => button && !button.disabled);
    enabled?.focus();
  });

  const count = items.length;
  const where = (index: number) => positionText(index, count);

  /** Moves an item; `quiet` leaves the announcement to later (a held key's release). */
  function move(from: number, to: number, control: Control, verb = 'moved to', quiet = false) {
    const id = items[from];
    onChange(moveItem(items, from, to));
    if (!quiet) announce(`${label(id)} ${verb} position ${where(to)}.`);
    focusAfter.current = { id, control };
  }

  function pickUp(index: number) {
    const id = items[index];
    setPicked({ id, origin: items });
    heldMove.current = false;
    announce(
      `${label(id)} picked up at position ${where(index)}. Arrow keys move it, Space or Enter drops it, Escape cancels.`,
    );
  }

  function drop(index: number) {
    setPicked(undefined);
    heldMove.current = false;
    announce(`${label(items[index])} dropped at position ${where(index)}.`);
  }

  function endDrag(commit: boolean) {
    const current = drag.current;
    drag.current = undefined;
    redraw(0);
    if (!current?.started) return;
    dragEnded.current = true;
    if (commit && current.over !== current.from) {
      move(current.from, current.over, 'handle', 'dropped at');
    } else {
      announce(`${label(items[current.from])} back at position ${where(current.from)}.`);
    }
  }

  /** Keys on a handle; returns false for a key it leaves to the browser. */
  function handleKey(key: string, repeat: boolean, index: number): boolean {
    const id = items[index];
    const target = keyTarget(key, index, count);
    const toggle = key === ' ' || key === 'Enter';
    if (drag.current) {
      if (key === 'Escape') endDrag(false);
      return key === 'Escape';
    }
    // A held Space or Enter would pick up and drop over and over.
    if (toggle && repeat) return true;
    const current = pickedRef.current;
    if (current?.id === id) {
      if (toggle) drop(index);
      else if (key === 'Escape') {
        setPicked(undefined);
        onChange([...current.origin]);
        announce(`Move cancelled. ${label(id)} back at position ${where(current.origin.indexOf(id))}.`);
        focusAfter.current = { id, control: 'handle' };
      } else if (target !== undefined) {
        heldMove.current ||= repeat;
        move(index, target, 'handle', 'moved to', repeat);
      }
      return toggle || key === 'Escape' || target !== undefined;
    }
    if (toggle) {
      pickUp(index);
      return true;
    }
    if (target !== undefined) handleOf(items[target])?.focus();
    return target !== undefined;
  }

  /** Props for an item's drag handle (a button); `index` is the item's place in `items`. */
  function handleProps(index: number): ButtonHTMLAttributes<HTMLButtonElement> {
    const isPicked = pickedRef.current?.id === items[index];
    return {
      'aria-pressed': isPicked,
      onKeyDown: (event) => {
        if (handleKey(event.key, event.repeat, index)) event.preventDefault();
      },
      onKeyUp: (event) => {
        // Space presses a button on release: the key down already picked up or dropped.
        if (event.key === ' ') event.preventDefault();
        if (!heldMove.current || !isPicked) return;
        heldMove.current = false;
        announce(`${label(items[index])} moved to position ${where(index)}.`);
      },
      onClick: (event) => {
        if (dragEnded.current) dragEnded.current = false;
        else if (isPicked) drop(index);
        else {
          // An assistive technology's click may leave focus elsewhere: the arrow keys, and a blur
          // that drops the item, need it on the handle.
          event.currentTarget.focus();
          pickUp(index);
        }
      },
      // Leaving a picked-up item keeps it where it is now, and says so.
      onBlur: () => {
        if (pickedRef.current?.id === items[index]) drop(index);
      },
      onPointerDown: (event) => {
        dragEnded.current = false;
        if (drag.current || pickedRef.current || (event.pointerType === 'mouse' && event.button !== 0))
          return;
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
    /** Ref callback for the list element, so the focused item is never the one moved in the DOM. */
    listRef,
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
