/**
 * A small undo/redo history of immutable values (the builder keeps its pipelines here).
 * Every operation returns a new history; none changes the one it is given.
 */

export interface History<T> {
  /** Earlier values, oldest first. */
  past: T[];
  present: T;
  /** Undone values, the next one to redo first. */
  future: T[];
}

/** How many earlier values a history keeps by default: enough for a session, bounded in memory. */
export const defaultHistoryLimit = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * `next` becomes the present; the undone future is dropped (a new edit starts a new line of
 * history) and the past keeps at most `limit` values, the oldest going first.
 */
export function record<T>(history: History<T>, next: T, limit = defaultHistoryLimit): History<T> {
  if (Object.is(next, history.present)) return history;
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** The previous value becomes the present; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  };
}

/** The next undone value becomes the present; the same history when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next, future };
}
