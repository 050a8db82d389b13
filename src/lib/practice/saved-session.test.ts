import { describe, expect, it } from 'vitest';
import { loadSession, readSession, saveSession, sessionKey, type SavedSession } from './saved-session';

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

const session: SavedSession = {
  title: 'Mixed session',
  ids: ['clarify-a', 'inference-b'],
  index: 1,
  marks: { 'clarify-a': false },
};

describe('saved session', () => {
  it('comes back as it was stored, and is gone once forgotten', () => {
    const storage = memory();
    expect(saveSession(storage, session)).toBe(true);
    expect(loadSession(storage)).toEqual(session);
    expect(saveSession(storage, undefined)).toBe(true);
    expect(loadSession(storage)).toBeUndefined();
  });

  it('ignores what is not a session and survives a browser that refuses storage', () => {
    const storage = memory();
    storage.setItem(sessionKey, '{not json');
    expect(loadSession(storage)).toBeUndefined();
    expect(readSession({ ...session, index: 5 })).toBeUndefined();
    expect(readSession({ ...session, ids: ['__proto__'] })).toBeUndefined();
    expect(readSession({ ...session, marks: { 'clarify-a': 'yes', other: true } })?.marks).toEqual({});
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadSession(refusing)).toBeUndefined();
    expect(saveSession(refusing, session)).toBe(false);
    expect(saveSession(undefined, session)).toBe(false);
  });
});
