import { useRef, useState } from 'preact/hooks';
import type { HTMLAttributes } from 'preact';
import type { BuilderPipeline } from '../../lib/pipeline/model';
import { allSteps, describeSlot, findStep, moveByOne, moveStep, slotsFor } from '../../lib/pipeline/edit';
import type { Announce } from '../sortable/announcer';

export interface KeyboardMoveOptions {
  pipeline: BuilderPipeline;
  /** A move while the step is picked up: shown at once, not yet an undo step. */
  onMove: (next: BuilderPipeline, key: string) => void;
  /** The drop: one undoable change from `origin` to `next`. */
  onCommit: (origin: BuilderPipeline, next: BuilderPipeline) => void;
  announce: Announce;
  /** True once after a pointer drag ended on a handle (its click must not pick the step up). */
  dragJustEnded: () => boolean;
}

/**
 * Moving a step with the keyboard alone, on its handle: Space or Enter picks it up, the arrow keys
 * walk it through every place it may go (into and out of Condition branches), Home and End jump to
 * the first and last place (Page Up and Page Down do nothing then, so the step stays in view),
 * Space or Enter drops it, Escape puts it back. Without a picked step,
 * the up and down arrows move focus between the steps' handles.
 */
export function useKeyboardMove({
  pipeline,
  onMove,
  onCommit,
  announce,
  dragJustEnded,
}: KeyboardMoveOptions) {
  const [picked, setPicked] = useState<{ key: string; origin: BuilderPipeline }>();
  const heldMove = useRef(false);
  const nameOf = (key: string) => findStep(pipeline, key)?.step.name ?? 'Step';
  const where = (p: BuilderPipeline, key: string) => {
    const found = findStep(p, key);
    return found ? describeSlot(p, found.slot) : '';
  };

  const handleOf = (key: string) =>
    document.querySelector<HTMLElement>(`[data-step-key="${CSS.escape(key)}"] [data-role="handle"]`);

  function focusHandle(key: string) {
    handleOf(key)?.focus();
  }

  /** A long jump can carry the step out of view: bring it back once the list has re-rendered. */
  function keepInView(key: string) {
    requestAnimationFrame(() => handleOf(key)?.scrollIntoView({ block: 'nearest' }));
  }

  function pickUp(key: string) {
    heldMove.current = false;
    setPicked({ key, origin: pipeline });
    announce(
      `${nameOf(key)} picked up at ${where(pipeline, key)}. The arrow keys move it, Space or Enter drops it, Escape cancels.`,
    );
  }

  function drop(key: string, origin: BuilderPipeline) {
    setPicked(undefined);
    onCommit(origin, pipeline);
    announce(`${nameOf(key)} dropped at ${where(pipeline, key)}.`);
  }

  /**
   * Handles a key on the handle of step `key`; returns false for keys left to the browser. A held
   * arrow key (`repeat`) says only where the step ends up, when it is released.
   */
  function handleKey(key: string, pressed: string, repeat: boolean): boolean {
    const toggle = pressed === ' ' || pressed === 'Enter';
    // A held Space or Enter would pick up and drop over and over.
    if (toggle && repeat) return true;
    if (picked?.key === key) {
      // Tab drops it too, through the blur that follows.
      if (toggle) {
        drop(key, picked.origin);
        return true;
      }
      if (pressed === 'Escape') {
        setPicked(undefined);
        onMove(picked.origin, key);
        announce(`Move cancelled. ${nameOf(key)} back at ${where(picked.origin, key)}.`);
        return true;
      }
      const direction = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 }[pressed] as
        -1 | 1 | undefined;
      if (direction) {
        const result = moveByOne(pipeline, key, direction);
        if (result.ok && result.pipeline !== pipeline) {
          onMove(result.pipeline, key);
          // A held key moves on in silence; its release says where the step ended up.
          heldMove.current ||= repeat;
          if (!repeat) announce(`${nameOf(key)}, ${where(result.pipeline, key)}.`);
          keepInView(key);
        } else {
          announce(`${nameOf(key)} cannot move further ${direction < 0 ? 'up' : 'down'}.`);
        }
        return true;
      }
      if (pressed === 'Home' || pressed === 'End') {
        const slots = slotsFor(pipeline, key);
        const slot = pressed === 'Home' ? slots[0] : slots[slots.length - 1];
        const result = slot ? moveStep(pipeline, key, slot) : undefined;
        if (result?.ok) {
          onMove(result.pipeline, key);
          announce(`${nameOf(key)}, ${where(result.pipeline, key)}.`);
          keepInView(key);
        }
        // Handled either way: the page must not scroll away from the focused step.
        return true;
      }
      // While a step is held, paging the window would leave it out of sight.
      if (pressed === 'PageUp' || pressed === 'PageDown') return true;
      return false;
    }
    if (toggle) {
      pickUp(key);
      return true;
    }
    if (pressed === 'ArrowUp' || pressed === 'ArrowDown') {
      const order = allSteps(pipeline).map((entry) => entry.step.key);
      const next = order[order.indexOf(key) + (pressed === 'ArrowUp' ? -1 : 1)];
      if (next !== undefined) focusHandle(next);
      return true;
    }
    return false;
  }

  return {
    picked: picked?.key,
    /**
     * Props for the handle of step `key`: its keys, its pressed state, and a click that picks the
     * step up or drops it (how browse mode, voice control and switches press a button).
     */
    keyProps: (
      key: string,
    ): Pick<
      HTMLAttributes<HTMLElement>,
      'onKeyDown' | 'onKeyUp' | 'onClick' | 'onBlur' | 'aria-pressed'
    > => ({
      'aria-pressed': picked?.key === key,
      onKeyDown: (event) => {
        if (handleKey(key, event.key, event.repeat)) event.preventDefault();
      },
      onKeyUp: (event) => {
        // Space presses a button on release: the key down already picked up or dropped.
        if (event.key === ' ') event.preventDefault();
        if (!heldMove.current || picked?.key !== key) return;
        heldMove.current = false;
        announce(`${nameOf(key)}, ${where(pipeline, key)}.`);
      },
      onClick: (event) => {
        if (dragJustEnded()) return;
        if (picked?.key === key) drop(key, picked.origin);
        else {
          // An assistive technology's click may leave focus elsewhere; the arrow keys need it here.
          event.currentTarget.focus();
          pickUp(key);
        }
      },
      // Leaving a picked-up step for another control keeps it where it is now, and says so. A
      // blur without a new focus (the step's card re-rendered in another list) is not leaving.
      onBlur: (event) => {
        if (picked?.key === key && event.relatedTarget instanceof HTMLElement) drop(key, picked.origin);
      },
    }),
    /** Drops any pick-up without a word (undo and redo replace the pipeline under it). */
    cancelSilently: () => setPicked(undefined),
  };
}
