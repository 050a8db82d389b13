import { describe, expect, it } from 'vitest';
import { senseWords } from './senses';
import { keyWords } from './query';

const sense = (sentence: string) => senseWords(keyWords(sentence));
const fairness = ['facet', 'fairness'];
const statistical = ['underfitting', 'variance'];

describe('senseWords', () => {
  it('reads bias against a group, in data or in decisions, as fairness', () => {
    expect(sense('how can I check a dataset for bias before training')).toEqual(fairness);
    expect(sense('the model shows bias against women applying for credit: which gender metric?')).toEqual(
      fairness,
    );
    expect(sense('measure bias between age groups')).toEqual(fairness);
    expect(sense('is the bias in my model discriminatory')).toEqual(fairness);
    expect(sense('an imbalance in the classes causes bias')).toEqual(fairness);
    expect(sense('can SageMaker detect bias in my predictions')).toEqual(fairness);
  });
  it("reads bias with variance, fit or a model's complexity as statistical bias", () => {
    expect(sense('what is the bias variance tradeoff')).toEqual(['underfitting']);
    expect(sense('my model underfits: high bias?')).toEqual(statistical);
    expect(sense('bias when the model is too simple')).toEqual(statistical);
    expect(sense('does a more complex model reduce bias')).toEqual(statistical);
  });
  it('adds nothing when the context is missing or points both ways', () => {
    expect(sense('bias')).toEqual([]);
    expect(sense('what does bias mean')).toEqual([]);
    expect(sense('bias in data from an overfit model')).toEqual([]);
    expect(sense('training data for a model')).toEqual([]);
  });
  it('adds no word the query already has', () => {
    expect(sense('bias and fairness of groups')).toEqual(['facet']);
  });
});
