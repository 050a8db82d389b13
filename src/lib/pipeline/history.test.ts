import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, record, redo, undo } from './history';

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory('a');
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
  });

  it('undoes and redoes recorded values in order', () => {
    const history = record(record(createHistory('a'), 'b'), 'c');
    const once = undo(history);
    const twice = undo(once);
    expect([once.present, twice.present]).toEqual(['b', 'a']);
    expect(canUndo(twice)).toBe(false);
    expect(redo(twice).present).toBe('b');
    expect(redo(redo(twice)).present).toBe('c');
    expect(canRedo(redo(redo(twice)))).toBe(false);
  });

  it('drops the undone future when a new value is recorded', () => {
    const branched = record(undo(record(createHistory('a'), 'b')), 'x');
    expect(branched.present).toBe('x');
    expect(canRedo(branched)).toBe(false);
    expect(undo(branched).present).toBe('a');
  });

  it('keeps at most the limit of past values, dropping the oldest', () => {
    let history = createHistory(0);
    for (let value = 1; value <= 10; value++) history = record(history, value, 3);
    expect(history.past).toEqual([7, 8, 9]);
  });

  it('records nothing when the value is the present one', () => {
    const history = createHistory({ steps: [] });
    expect(record(history, history.present)).toBe(history);
  });

  it('returns the same history when there is nothing to undo or redo', () => {
    const history = createHistory('a');
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('never changes the history it is given', () => {
    const history = record(createHistory('a'), 'b');
    const copy = structuredClone(history);
    undo(history);
    record(history, 'c');
    expect(history).toEqual(copy);
  });
});
