import { describe, expect, it } from 'vitest';
import { isAliasList, readableExcerpt } from './excerpt';

const aliasExcerpt = 'hosting · deployment · payload · <mark>cold</mark> <mark>start</mark> · endpoint';
const summary = 'Four ways to serve predictions: real-time, serverless, asynchronous & batch.';

describe('readableExcerpt', () => {
  it('replaces an excerpt cut from the alias list with the summary, escaped', () => {
    expect(isAliasList(aliasExcerpt)).toBe(true);
    expect(readableExcerpt(aliasExcerpt, summary)).toBe(
      'Four ways to serve predictions: real-time, serverless, asynchronous &amp; batch.',
    );
  });

  it('keeps an excerpt from the page text, even one with a middle dot in it', () => {
    const prose = 'Serverless inference adds a <mark>cold</mark> <mark>start</mark> · after idle time.';
    expect(isAliasList(prose)).toBe(false);
    expect(readableExcerpt(prose, summary)).toBe(prose);
  });

  it('keeps the alias list when the page has no summary to show', () => {
    expect(readableExcerpt(aliasExcerpt, undefined)).toBe(aliasExcerpt);
  });
});
