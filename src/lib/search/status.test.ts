import { describe, expect, it } from 'vitest';
import { describeOutcome } from './status';

describe('describeOutcome', () => {
  it('gives the count and the query', () => {
    expect(describeOutcome({ query: ' serverless ', count: 7, relaxed: false })).toBe(
      '7 results for serverless',
    );
    expect(describeOutcome({ query: 'HPO', count: 1, relaxed: false })).toBe('1 result for HPO');
  });
  it('says when the pages match only some of the words', () => {
    expect(describeOutcome({ query: 'llama pairs', count: 5, relaxed: true })).toBe(
      'No page has every word; 5 pages match some of them',
    );
    expect(describeOutcome({ query: 'llama pairs', count: 1, relaxed: true })).toBe(
      'No page has every word; 1 page matches some of them',
    );
  });
  it('says when nothing was found', () => {
    expect(describeOutcome({ query: 'zzz', count: 0, relaxed: false })).toBe('No results for zzz');
  });
});
