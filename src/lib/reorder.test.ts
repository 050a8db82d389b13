import { describe, expect, it } from 'vitest';
import { isInOrder, keyTarget, misplaced, moveItem, positionText, seededShuffle } from './reorder';

const letters = ['a', 'b', 'c', 'd'] as const;

describe('moveItem', () => {
  it('moves an item down and up without touching the input', () => {
    expect(moveItem(letters, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(letters, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(letters).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps the list as it is when source and target are the same', () => {
    expect(moveItem(letters, 2, 2)).toEqual([...letters]);
  });
  it('clamps targets beyond either end', () => {
    expect(moveItem(letters, 1, 9)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(letters, 2, -3)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('keyTarget', () => {
  it('steps back and on with the arrow keys', () => {
    expect(keyTarget('ArrowUp', 2, 4)).toBe(1);
    expect(keyTarget('ArrowLeft', 2, 4)).toBe(1);
    expect(keyTarget('ArrowDown', 2, 4)).toBe(3);
    expect(keyTarget('ArrowRight', 2, 4)).toBe(3);
  });
  it('jumps to the ends with Home and End', () => {
    expect(keyTarget('Home', 2, 4)).toBe(0);
    expect(keyTarget('End', 1, 4)).toBe(3);
  });
  it('leads nowhere past the ends, onto the same place, or for other keys', () => {
    expect(keyTarget('ArrowUp', 0, 4)).toBeUndefined();
    expect(keyTarget('ArrowDown', 3, 4)).toBeUndefined();
    expect(keyTarget('Home', 0, 4)).toBeUndefined();
    expect(keyTarget('End', 3, 4)).toBeUndefined();
    expect(keyTarget('Enter', 1, 4)).toBeUndefined();
  });
});

describe('misplaced and isInOrder', () => {
  it('finds nothing wrong in the expected order', () => {
    expect(misplaced(letters, letters)).toEqual([]);
    expect(isInOrder(letters, letters)).toBe(true);
  });
  it('names each misplaced item with where it is and where it belongs', () => {
    expect(misplaced(['b', 'a', 'c', 'd'], letters)).toEqual([
      { item: 'b', at: 0, belongs: 1 },
      { item: 'a', at: 1, belongs: 0 },
    ]);
    expect(isInOrder(['b', 'a', 'c', 'd'], letters)).toBe(false);
  });
  it('does not call a shorter list complete', () => {
    expect(isInOrder(['a', 'b', 'c'], letters)).toBe(false);
  });
});

describe('seededShuffle', () => {
  it('leaves an empty or one-item list as it is', () => {
    expect(seededShuffle([], 3)).toEqual([]);
    expect(seededShuffle(['a'], 3)).toEqual(['a']);
  });

  it('is deterministic for a seed and keeps every item', () => {
    expect(seededShuffle(letters, 7)).toEqual(seededShuffle(letters, 7));
    expect([...seededShuffle(letters, 7)].sort()).toEqual([...letters]);
  });
  it('never returns the sorted order', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(isInOrder(seededShuffle(letters, seed), letters), `seed ${seed}`).toBe(false);
      expect(isInOrder(seededShuffle(['x', 'y'], seed), ['x', 'y']), `seed ${seed}`).toBe(false);
    }
  });
  it('gives different orders for different seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => seededShuffle(letters, seed).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('positionText', () => {
  it('counts from one', () => {
    expect(positionText(0, 4)).toBe('1 of 4');
  });
});
