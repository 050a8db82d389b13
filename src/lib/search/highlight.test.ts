import { describe, expect, it } from 'vitest';
import { answersQuery, markWholeWords, stem } from './highlight';

describe('stem', () => {
  it('drops a common ending but never below three letters', () => {
    expect(stem('Labeling')).toBe('label');
    expect(stem('models')).toBe('model');
    expect(stem('uses')).toBe('uses');
    expect(stem('bias')).toBe('bia');
    expect(stem('is')).toBe('is');
  });
});

describe('answersQuery', () => {
  it('accepts the same word, another form of it, and a hyphenated part', () => {
    expect(answersQuery('Start', ['start'])).toBe(true);
    expect(answersQuery('labelled', ['labeling'])).toBe(true);
    expect(answersQuery('tuning', ['tune'])).toBe(true);
    expect(answersQuery('fine-tuning,', ['tuning'])).toBe(true);
    expect(answersQuery('CI/CD', ['ci/cd'])).toBe(true);
  });
  it('refuses a word hidden inside a longer name', () => {
    expect(answersQuery('JumpStart', ['cold', 'start'])).toBe(false);
    expect(answersQuery('Identity:', ['ide'])).toBe(false);
  });
});

describe('markWholeWords', () => {
  it('unmarks "JumpStart" for "cold start" and keeps the real matches', () => {
    expect(
      markWholeWords('a <mark>cold</mark> <mark>start</mark> in <mark>JumpStart</mark>', 'cold start'),
    ).toBe('a <mark>cold</mark> <mark>start</mark> in JumpStart');
  });
  it('ignores the question words of the query', () => {
    expect(markWholeWords('<mark>SageMaker</mark> AI', 'what is SageMaker')).toBe(
      '<mark>SageMaker</mark> AI',
    );
  });
});
