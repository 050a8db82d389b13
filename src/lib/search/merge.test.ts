import { describe, expect, it } from 'vitest';
import { byCombinedScore, inOrder, preferResultsOf } from './merge';

const page = (id: string, score: number, from = '') => ({ id, score, from });
const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('inOrder', () => {
  it('keeps list order and each page once, where it first came', () => {
    const merged = inOrder([[page('a', 1, 'x')], [page('b', 9), page('a', 9, 'y')], [page('c', 5)]]);
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged[0].from).toBe('x');
  });
});

describe('byCombinedScore', () => {
  it('ranks a page that matches more of the words above one that matches a single word well', () => {
    const model = [page('registry', 10), page('dashboard', 9), page('cards', 8)];
    const cards = [page('cards', 2), page('summary', 1)];
    expect(ids(byCombinedScore([model, cards]))).toEqual(['cards', 'registry', 'dashboard', 'summary']);
  });
  it("normalises each search's scores, so a frequent word does not drown a rare one", () => {
    const frequent = [page('a', 100), page('b', 90)];
    const rare = [page('c', 0.5)];
    expect(ids(byCombinedScore([frequent, rare]))).toEqual(['a', 'c', 'b']);
  });
  it('keeps the result object of the search where the page scored best', () => {
    const merged = byCombinedScore([
      [page('top', 10, 'first'), page('x', 2, 'first')],
      [page('x', 4, 'second')],
    ]);
    expect(merged.find((result) => result.id === 'x')?.from).toBe('second');
  });
  it('ignores searches that found nothing', () => {
    expect(ids(byCombinedScore([[], [page('a', 1)], []]))).toEqual(['a']);
  });
});

describe('preferResultsOf', () => {
  it('swaps in the preferred object of the same page and keeps the order', () => {
    const merged = preferResultsOf([page('a', 1, 'side'), page('b', 1, 'side')], [page('b', 5, 'strict')]);
    expect(merged.map((result) => `${result.id}:${result.from}`)).toEqual(['a:side', 'b:strict']);
  });
});
