import { describe, expect, it } from 'vitest';
import { describeNote, describeOutcome } from './status';

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
  it('says which query was searched in place of a mistyped one', () => {
    expect(describeOutcome({ query: 'clarfy', count: 4, relaxed: false, correction: 'Clarify' })).toBe(
      'Showing results for Clarify: 4 results for Clarify',
    );
  });
});

describe('describeNote', () => {
  it('says which query was searched and when pages match only some words, else nothing', () => {
    expect(describeNote({ query: 'clarfy', count: 4, relaxed: false, correction: 'Clarify' })).toBe(
      'Showing results for Clarify.',
    );
    expect(
      describeNote({ query: 'clarfy llama', count: 2, relaxed: true, correction: 'Clarify llama' }),
    ).toBe('Showing results for Clarify llama. No page has every word; 2 pages match some of them.');
    expect(describeNote({ query: 'llama pairs', count: 5, relaxed: true })).toBe(
      'No page has every word; 5 pages match some of them.',
    );
    expect(describeNote({ query: 'serverless', count: 7, relaxed: false })).toBe('');
  });
});
