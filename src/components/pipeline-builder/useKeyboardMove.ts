import { useState } from 'preact/hooks';
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
}

/**
 * Moving a step with the keyboard alone, on its handle: Space or Enter picks it up, the arrow keys
 * walk it through every place it may go (into and out of Condition branches), Home and End jump to
 * the first and last place (Page Up and Page Down do nothing then, so the step stays in view),
 * Space or Enter drops it, Escape puts it back. Without a picked step,
 * the up and down arrows move focus between the steps' handles.
 */
export function useKeyboardMove({ pipeline, onMove, onCommit, announce }: KeyboardMoveOptions) {
  const [picked, setPicked] = useState<{ key: string; origin: BuilderPipeline }>();
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

  /** Handles a key on the handle of step `key`; returns false for keys left to the browser. */
  function handleKey(key: string, pressed: string): boolean {
    const toggle = pressed === ' ' || pressed === 'Enter';
    if (picked?.key === key) {
      if (toggle || pressed === 'Tab') {
        setPicked(undefined);
        onCommit(picked.origin, pipeline);
        announce(`${nameOf(key)} dropped at ${where(pipeline, key)}.`);
        return pressed !== 'Tab';
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
          announce(`${nameOf(key)}, ${where(result.pipeline, key)}.`);
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
      setPicked({ key, origin: pipeline });
      announce(
        `${nameOf(key)} picked up at ${where(pipeline, key)}. The arrow keys move it, Space or Enter drops it, Escape cancels.`,
      );
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
    /** Key handler props for the handle of step `key`. */
    keyProps: (key: string): Pick<HTMLAttributes<HTMLElement>, 'onKeyDown'> => ({
      onKeyDown: (event) => {
        if (handleKey(key, event.key)) event.preventDefault();
      },
    }),
    /** Drops any pick-up without a word (undo and redo replace the pipeline under it). */
    cancelSilently: () => setPicked(undefined),
  };
}
