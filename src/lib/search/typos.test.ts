import { describe, expect, it } from 'vitest';
import { closestTerm, correctedQuery, editDistance, typosOf, vocabularyOf } from './typos';

const vocabulary = vocabularyOf([
  'Amazon SageMaker Clarify',
  'Ground Truth',
  'Feature Store',
  'JumpStart and fine-tuning',
  'Pipelines',
  'labeling',
  'Model Monitor',
  'Model Cards',
  'k-NN',
]);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('clarfy', 'clarify', 2)).toBe(1);
    expect(editDistance('pipline', 'pipelines', 2)).toBe(2);
    expect(editDistance('jumpstrat', 'jumpstart', 2)).toBe(1);
    expect(editDistance('grond', 'ground', 2)).toBe(1);
    expect(editDistance('model', 'model', 2)).toBe(0);
  });
  it('stops at the limit', () => {
    expect(editDistance('canvas', 'clarify', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('vocabularyOf', () => {
  it('keeps each word of four letters or more once, as written, under its lowercase form', () => {
    expect(vocabulary.get('jumpstart')).toBe('JumpStart');
    expect(vocabulary.get('fine-tuning')).toBe('fine-tuning');
    expect(vocabulary.has('and')).toBe(false);
    expect(vocabulary.has('k-nn')).toBe(false);
  });
});

describe('closestTerm', () => {
  it('finds the term a mistyped word was meant to be', () => {
    expect(closestTerm('clarfy', vocabulary)).toBe('Clarify');
    expect(closestTerm('Grond', vocabulary)).toBe('Ground');
    expect(closestTerm('jumpstrat', vocabulary)).toBe('JumpStart');
    expect(closestTerm('monitr', vocabulary)).toBe('Monitor');
  });
  it('leaves known words, their other forms, short words and distant words alone', () => {
    expect(closestTerm('clarify', vocabulary)).toBeUndefined();
    expect(closestTerm('labelled', vocabulary)).toBeUndefined();
    expect(closestTerm('stores', vocabulary)).toBeUndefined();
    expect(closestTerm('mdl', vocabulary)).toBeUndefined();
    expect(closestTerm('llama', vocabulary)).toBeUndefined();
  });
  it('allows one edit in a word of up to six letters, two in a longer one', () => {
    expect(closestTerm('cords', vocabulary)).toBe('Cards');
    expect(closestTerm('crods', vocabulary)).toBeUndefined();
    expect(closestTerm('pipleines', vocabulary)).toBe('Pipelines');
  });
  it('gives no term when two are equally close', () => {
    const pair = vocabularyOf(['model', 'modes']);
    expect(closestTerm('moder', pair)).toBeUndefined();
  });
});

describe('typosOf and correctedQuery', () => {
  it('corrects only the mistyped words of a sentence, keeping the rest as typed', () => {
    const typos = typosOf(['how', 'does', 'clarfy', 'explain', 'models'], vocabulary);
    expect([...typos]).toEqual([['clarfy', 'Clarify']]);
    expect(correctedQuery('How does clarfy explain models?', typos)).toBe('How does Clarify explain models?');
  });
});
