import { describe, expect, it } from 'vitest';
import type { Question } from '../../data/questions/types';
import {
  correctOptionsAllLonger,
  keyIsLongest,
  keyLengthRank,
  keyLengthRatio,
  lengthStatistics,
} from './bank-length';
import { multiple, single } from './test-fixtures';

/** The fixture question with its option texts replaced, in order. */
function withTexts<Q extends typeof single | typeof multiple>(question: Q, texts: string[]): Q {
  return { ...question, options: question.options.map((option, i) => ({ ...option, text: texts[i] })) };
}

describe('keyLengthRatio and keyIsLongest', () => {
  it('compare the key with the longest distractor only', () => {
    // The fixture's key is the second option.
    const question = withTexts(single, ['abcd', 'abcdefgh', 'ab', 'a']);
    expect(keyLengthRatio(question)).toBe(2);
    expect(keyIsLongest(question)).toBe(true);
  });

  it('do not count a key as longest when a distractor is as long', () => {
    const question = withTexts(single, ['abcd', 'abcd', 'ab', 'a']);
    expect(keyLengthRatio(question)).toBe(1);
    expect(keyIsLongest(question)).toBe(false);
  });
});

describe('keyLengthRank', () => {
  it('counts the distractors longer than the key, ties not included', () => {
    expect(keyLengthRank(withTexts(single, ['abcd', 'abcdefgh', 'ab', 'a']))).toBe(0);
    expect(keyLengthRank(withTexts(single, ['abcd', 'abcd', 'abcdef', 'a']))).toBe(1);
    expect(keyLengthRank(withTexts(single, ['abcd', 'a', 'abcdef', 'ab']))).toBe(3);
  });
});

describe('correctOptionsAllLonger', () => {
  it('is true only when the shortest correct option beats the longest wrong one', () => {
    const correctFlags = multiple.options.map((option) => option.correct);
    const texts = (long: string, short: string) => correctFlags.map((correct) => (correct ? long : short));
    expect(correctOptionsAllLonger(withTexts(multiple, texts('abcdef', 'abc')))).toBe(true);
    expect(correctOptionsAllLonger(withTexts(multiple, texts('abc', 'abc')))).toBe(false);
    const oneLongWrong = texts('abcdef', 'abc');
    oneLongWrong[correctFlags.indexOf(false)] = 'abcdefghij';
    expect(correctOptionsAllLonger(withTexts(multiple, oneLongWrong))).toBe(false);
  });
});

describe('lengthStatistics', () => {
  it('counts the share of keys that are longest and lists the far longer ones by id', () => {
    const longKey = { ...withTexts(single, ['ab', 'abcdefgh', 'abc', 'a']), id: 'clarify-long-key' };
    const shortKey = { ...withTexts(single, ['abcdef', 'ab', 'abc', 'a']), id: 'clarify-short-key' };
    const stats = lengthStatistics([longKey, shortKey, multiple] as Question[]);
    expect(stats.singleCount).toBe(2);
    expect(stats.keyLongest).toEqual(['clarify-long-key']);
    expect(stats.keyLongestShare).toBe(0.5);
    expect(stats.keyRankShares).toEqual([0.5, 0, 0.5, 0]);
    expect(stats.keyFarLonger).toEqual([{ id: 'clarify-long-key', ratio: 8 / 3 }]);
  });

  it('is empty, not a division by zero, for a bank without multiple choice', () => {
    expect(lengthStatistics([multiple])).toMatchObject({
      singleCount: 0,
      keyLongestShare: 0,
      keyLongest: [],
    });
  });
});
