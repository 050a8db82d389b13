import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readingDays, type PlannedPage } from './study-plan';

const page = (slug: string, minutes: number): PlannedPage => ({ slug, label: slug, minutes });

/** The shortest longest day over every way to cut the pages into `days` consecutive days. */
function bruteForceLongest(minutes: number[], days: number): number {
  if (days === 1) return minutes.reduce((a, b) => a + b, 0);
  let best = Infinity;
  for (let first = 1; first <= minutes.length - days + 1; first++) {
    const head = minutes.slice(0, first).reduce((a, b) => a + b, 0);
    best = Math.min(best, Math.max(head, bruteForceLongest(minutes.slice(first), days - 1)));
  }
  return best;
}

describe('readingDays', () => {
  it('balances the days without reordering the pages', () => {
    const pages = [page('a', 10), page('b', 10), page('c', 20), page('d', 5), page('e', 15)];
    const plan = readingDays(pages, 3);
    expect(plan.map((day) => day.pages.map((p) => p.slug))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(plan.map((day) => day.minutes)).toEqual([20, 20, 20]);
  });

  it('gives one page a day when there are fewer pages than days', () => {
    const plan = readingDays([page('a', 3), page('b', 4)], 10);
    expect(plan.map((day) => day.pages.length)).toEqual([1, 1]);
  });

  it('refuses a plan of no days and plans nothing for no pages', () => {
    expect(() => readingDays([page('a', 3)], 0)).toThrow(/at least one day/);
    expect(readingDays([], 5)).toEqual([]);
  });

  it('keeps every page once, in order, and makes the longest day as short as any split can', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 1, max: 5 }),
        (minutes, days) => {
          const pages = minutes.map((m, i) => page(`p${i}`, m));
          const plan = readingDays(pages, days);
          expect(plan.length).toBe(Math.min(days, pages.length));
          expect(plan.flatMap((day) => day.pages)).toEqual(pages);
          expect(plan.every((day) => day.pages.length > 0)).toBe(true);
          const longest = Math.max(...plan.map((day) => day.minutes));
          expect(longest).toBe(bruteForceLongest(minutes, Math.min(days, pages.length)));
        },
      ),
    );
  });
});
