import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../data/questions';
import { questionHash } from './content-hash';
import { decodeKeys, encodeKeys, hashOf, questionKey } from './question-key';
import { currentRecord } from './progress';
import { recordAnswer } from './record-answer';
import { single } from './test-fixtures';

describe('question keys', () => {
  it('carry what the menu needs and the content hash', () => {
    expect(questionKey(single)).toEqual({
      id: single.id,
      topic: 'clarify',
      task: '4.1',
      scope: 'exam',
      hash: questionHash(single),
    });
  });

  it('read the same progress as the whole question', () => {
    const progress = recordAnswer(new Map(), single, true, 0);
    expect(currentRecord(progress, questionKey(single))).toEqual(currentRecord(progress, single));
    expect(hashOf(questionKey(single))).toBe(hashOf(single));
  });

  it('survive their text form for the whole bank', () => {
    const keys = allQuestions.map(questionKey);
    expect(decodeKeys(encodeKeys(keys))).toEqual(keys);
  });

  it('refuse a field the text form could not read back', () => {
    expect(() => encodeKeys([{ ...questionKey(single), topic: 'two words' }])).toThrow(/white space/);
    expect(() => decodeKeys('an-id clarify 4.1 nowhere abc')).toThrow(/bad scope/);
  });
});
