// The session in progress, kept in the browser so that following a "Learn it" link, going back
// or reloading does not lose it. Storage may be missing, refuse or hold anything (as for the
// progress in ./storage.ts): none of it may break the page; the session then lasts the page.

/** A session as stored: its questions by id, where the reader is, and the first-try marks. */
export interface SavedSession {
  title: string;
  ids: string[];
  /** The question the reader is on (0-based; ids.length once every question is done). */
  index: number;
  marks: Record<string, boolean>;
}

export const sessionKey = 'aif-c01-practice-session';

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The stored session, or undefined when none, or nothing valid, is stored. */
export function loadSession(storage: Pick<Storage, 'getItem'> | undefined): SavedSession | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(sessionKey) ?? 'null');
    return readSession(value);
  } catch {
    return undefined;
  }
}

/** A stored value as a session, copied field by field, or undefined unless every field is valid. */
export function readSession(value: unknown): SavedSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, ids, index, marks } = value as Record<string, unknown>;
  if (typeof title !== 'string' || title.length > 80) return undefined;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000) return undefined;
  if (!ids.every((id) => typeof id === 'string' && idPattern.test(id) && id.length <= 120)) return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) > ids.length) return undefined;
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return undefined;
  const copied: Record<string, boolean> = {};
  for (const id of ids as string[]) {
    const mark = (marks as Record<string, unknown>)[id];
    if (typeof mark === 'boolean') copied[id] = mark;
  }
  return { title, ids: [...(ids as string[])], index: index as number, marks: copied };
}

/** Stores the session (or forgets it, given undefined); false when the browser refused. */
export function saveSession(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  session: SavedSession | undefined,
): boolean {
  if (!storage) return false;
  try {
    if (session) storage.setItem(sessionKey, JSON.stringify(session));
    else storage.removeItem(sessionKey);
    return true;
  } catch {
    return false;
  }
}
