import { useEffect, useRef, useState } from 'preact/hooks';
import type { HTMLAttributes } from 'preact';
import type { Container, Slot } from '../../lib/pipeline/model';
import {
  autoScrollSpeed,
  containerId,
  slotAtPoint,
  type MeasuredContainer,
} from '../../lib/pipeline/drop-target';

/** What is being dragged: a new step from the palette, or a step already in the pipeline. */
export type DragSource = { kind: 'new'; type: string } | { kind: 'step'; key: string };

export interface PointerDragOptions {
  /** The element that holds every drop container (`[data-container]`) and step (`[data-step-key]`). */
  root: { current: HTMLElement | null };
  /** A plain-text label of the source, for the floating ghost and announcements. */
  label: (source: DragSource) => string;
  /** Whether the source may land in that container (a Condition may not enter a branch). */
  accepts: (source: DragSource, container: Container) => boolean;
  /** Words for a slot as `source` hovers over it ("position 2 of 4 in the pipeline"). */
  describe: (slot: Slot, source: DragSource) => string;
  onDrop: (source: DragSource, slot: Slot) => void;
  announce: (message: string, debounce?: boolean) => void;
}

export interface ActiveDrag {
  source: DragSource;
  x: number;
  y: number;
  slot?: Slot;
}

export type DragHandleProps = Pick<
  HTMLAttributes<HTMLElement>,
  'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerCancel'
>;

/** Movement (px) before a press becomes a drag, so a tap stays a tap. */
const threshold = 5;

/**
 * Dragging with any pointer (mouse, touch, pen) through Pointer Events: the handle captures the
 * pointer, a ghost follows it, the slot under it is highlighted, and the page scrolls when the
 * pointer nears the top or bottom of the viewport. Escape cancels.
 */
export function usePointerDrag(options: PointerDragOptions) {
  const [active, setActive] = useState<ActiveDrag>();
  const state = useRef<{
    pointerId: number;
    startX: number;
    startY: number;
    started: boolean;
    source: DragSource;
  }>();
  const latest = useRef(options);
  latest.current = options;
  const activeRef = useRef<ActiveDrag>();
  const ended = useRef(false);
  activeRef.current = active;

  function measure(source: DragSource): MeasuredContainer[] {
    const root = latest.current.root.current;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-container]')].map((element) => ({
      id: element.dataset.container ?? '',
      box: element.getBoundingClientRect(),
      items: [...element.children]
        .filter(
          (child): child is HTMLElement =>
            child instanceof HTMLElement &&
            child.dataset.stepKey !== undefined &&
            !(source.kind === 'step' && child.dataset.stepKey === source.key),
        )
        .map((child) => child.getBoundingClientRect()),
    }));
  }

  function locate(source: DragSource, x: number, y: number): Slot | undefined {
    return slotAtPoint(measure(source), x, y, (container) => latest.current.accepts(source, container));
  }

  function update(x: number, y: number) {
    const current = state.current;
    if (!current) return;
    const slot = locate(current.source, x, y);
    const previous = activeRef.current?.slot;
    if (slot && !sameSlot(slot, previous)) {
      latest.current.announce(
        `${latest.current.label(current.source)}, ${latest.current.describe(slot, current.source)}.`,
        true,
      );
    }
    setActive({ source: current.source, x, y, slot });
  }

  function finish(commit: boolean) {
    const current = state.current;
    const drag = activeRef.current;
    state.current = undefined;
    setActive(undefined);
    if (!current?.started || !drag) return;
    ended.current = true;
    const { label, onDrop, announce } = latest.current;
    if (commit && drag.slot) onDrop(current.source, drag.slot);
    else announce(`${label(current.source)}: drag cancelled.`);
  }

  // Auto-scroll while a drag hovers near the viewport's edge; the slot follows the scroll.
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const tick = () => {
      const drag = activeRef.current;
      if (!drag) return;
      const speed = autoScrollSpeed(drag.y, window.innerHeight);
      if (speed !== 0) {
        window.scrollBy({ top: speed, behavior: 'instant' });
        update(drag.x, drag.y);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish(false);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKey);
    };
  }, [active !== undefined]);

  /** Pointer handlers for a drag handle that drags `source`. */
  function handleProps(source: DragSource): DragHandleProps {
    return {
      onPointerDown: (event) => {
        ended.current = false;
        if (state.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        state.current = {
          pointerId: event.pointerId,
          startX: event.clientX,
          startY: event.clientY,
          started: false,
          source,
        };
      },
      onPointerMove: (event) => {
        const current = state.current;
        if (!current || event.pointerId !== current.pointerId) return;
        if (!current.started) {
          if (Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < threshold) return;
          current.started = true;
          latest.current.announce(`Dragging ${latest.current.label(source)}.`, true);
        }
        event.preventDefault();
        update(event.clientX, event.clientY);
      },
      onPointerUp: (event) => {
        if (state.current?.pointerId === event.pointerId) finish(true);
      },
      onPointerCancel: () => finish(false),
    };
  }

  /** True once after a drag ended: the click that follows its pointerup is not a press. */
  const dragJustEnded = () => {
    const was = ended.current;
    ended.current = false;
    return was;
  };

  return { active, handleProps, containerId, dragJustEnded };
}

export function sameSlot(a: Slot | undefined, b: Slot | undefined): boolean {
  if (!a || !b) return a === b;
  return containerId(a.container) === containerId(b.container) && a.index === b.index;
}
