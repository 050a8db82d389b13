/**
 * Pure helpers for reorderable lists (drag-and-drop ordering exercises, pipeline builders):
 * move an item, pick a key's target index, check an order, say what is misplaced, shuffle
 * deterministically. No DOM here; the sortable components wire these to events.
 */

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  const last = items.length - 1;
  const source = clamp(from, 0, last);
  const [item] = result.splice(source, 1);
  result.splice(clamp(to, 0, last), 0, item);
  return result;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Where a navigation key leads from `index` in a list of `count`: ArrowUp/ArrowLeft one back,
 * ArrowDown/ArrowRight one on, Home the first, End the last; undefined for any other key or
 * when the key leads nowhere new. Used both to move focus and to move a picked-up item.
 */
export function keyTarget(key: string, index: number, count: number): number | undefined {
  const targets: Record<string, number> = {
    ArrowUp: index - 1,
    ArrowLeft: index - 1,
    ArrowDown: index + 1,
    ArrowRight: index + 1,
    Home: 0,
    End: count - 1,
  };
  const target = targets[key];
  return target === undefined || target === index || target < 0 || target >= count ? undefined : target;
}

/** An item that is not where it belongs, with both positions (0-based). */
export interface Misplacement<T> {
  item: T;
  at: number;
  belongs: number;
}

/** The items of `current` that are not where `expected` has them, in list order. */
export function misplaced<T>(current: readonly T[], expected: readonly T[]): Misplacement<T>[] {
  return current.flatMap((item, at) => {
    const belongs = expected.indexOf(item);
    return belongs === at ? [] : [{ item, at, belongs }];
  });
}

/** True when `current` holds the same items as `expected`, in the same order. */
export function isInOrder<T>(current: readonly T[], expected: readonly T[]): boolean {
  return current.length === expected.length && misplaced(current, expected).length === 0;
}

/**
 * A deterministic permutation of `items` for a seed (same seed, same order, on the server and
 * in the browser), never the original order when the list has two or more distinct places.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: a tiny, well-spread 32-bit generator.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result.length > 1 && isInOrder(result, items) ? moveItem(result, 0, result.length - 1) : result;
}

/** "3 of 4": a 0-based index as the position a reader hears. */
export function positionText(index: number, count: number): string {
  return `${index + 1} of ${count}`;
}
