import { describe, expect, it } from 'vitest';
import { comparedSides, keyWords, planSearch, wordsOf } from './query';

describe('wordsOf', () => {
  it('lowercases and strips punctuation around words, keeping hyphens, slashes and numbers', () => {
    expect(wordsOf('What is CI/CD, in SageMaker?')).toEqual(['what', 'is', 'ci/cd', 'in', 'sagemaker']);
    expect(wordsOf('“web-based” IDE (6 MB)')).toEqual(['web-based', 'ide', '6', 'mb']);
  });
  it("drops a possessive 's", () => {
    expect(wordsOf("Canvas's models")).toEqual(['canvas', 'models']);
  });
});

describe('keyWords', () => {
  it('drops question words and connectors', () => {
    expect(keyWords('what is SageMaker')).toEqual(['sagemaker']);
    expect(keyWords('how do I label images for training')).toEqual(['label', 'images', 'training']);
    expect(keyWords('which service detects drift')).toEqual(['detects', 'drift']);
    expect(keyWords('fine tune llama with labeled pairs')).toEqual([
      'fine',
      'tune',
      'llama',
      'labeled',
      'pairs',
    ]);
  });
  it('drops general words of a question only when something else is left', () => {
    expect(keyWords('what is Amazon SageMaker')).toEqual(['amazon', 'sagemaker']);
    expect(keyWords('what is SageMaker Studio')).toEqual(['studio']);
    expect(keyWords('Amazon SageMaker')).toEqual(['amazon', 'sagemaker']);
  });
  it('keeps the words when nothing else is left', () => {
    expect(keyWords('what is it')).toEqual(['what', 'is', 'it']);
  });
});

describe('comparedSides', () => {
  it('splits X vs Y, versus, or, compared to', () => {
    expect(comparedSides('canvas vs autopilot')).toEqual(['canvas', 'autopilot']);
    expect(comparedSides('Model Cards vs. Model Registry')).toEqual(['model cards', 'model registry']);
    expect(comparedSides('Clarify versus Model Monitor?')).toEqual(['clarify', 'model monitor']);
    expect(comparedSides('should I use canvas or autopilot')).toEqual(['canvas', 'autopilot']);
    expect(comparedSides('batch transform compared to asynchronous inference')).toEqual([
      'batch transform',
      'asynchronous inference',
    ]);
  });
  it('reads "difference between X and Y", "compare X and Y", "X and Y difference"', () => {
    expect(comparedSides('what is the difference between Model Cards and Model Registry')).toEqual([
      'model cards',
      'model registry',
    ]);
    expect(comparedSides('compare Data Wrangler and Feature Store')).toEqual([
      'data wrangler',
      'feature store',
    ]);
    expect(comparedSides('Studio and Canvas difference')).toEqual(['studio', 'canvas']);
    expect(comparedSides('how does Model Monitor differ from Clarify')).toEqual(['model monitor', 'clarify']);
  });
  it('splits more than two sides', () => {
    expect(comparedSides('real-time vs serverless vs asynchronous')).toEqual([
      'real-time',
      'serverless',
      'asynchronous',
    ]);
  });
  it('is empty for a query that compares nothing', () => {
    expect(comparedSides('model registry')).toEqual([]);
    expect(comparedSides('what is SageMaker')).toEqual([]);
    // "or" inside a longer question joins alternatives, not sides.
    expect(
      comparedSides('how do I keep a human in the loop to review low confidence predictions or text'),
    ).toEqual([]);
  });
});

describe('planSearch', () => {
  it('searches a query of key words exactly as typed, with no fallback for one word', () => {
    expect(planSearch('Model Registry')).toEqual({
      strict: 'Model Registry',
      sides: [],
      senses: [],
      loose: ['model', 'registry'],
      question: false,
    });
    expect(planSearch('CI/CD')).toEqual({
      strict: 'CI/CD',
      sides: [],
      senses: [],
      loose: [],
      question: false,
    });
  });
  it('searches the key words of a question, then each of them', () => {
    expect(planSearch('web-based IDE for machine learning')).toEqual({
      strict: 'web-based ide machine learning',
      sides: [],
      senses: [],
      loose: ['web-based', 'ide', 'machine', 'learning'],
      question: true,
    });
  });
  it('keeps Pagefind\'s ranking for "what is X", whose subject is named', () => {
    expect(planSearch('what is the model registry')).toMatchObject({
      strict: 'model registry',
      question: false,
    });
    expect(planSearch('which service labels data')).toMatchObject({ strict: 'labels data', question: true });
  });
  it('finds each side of a comparison', () => {
    expect(planSearch('canvas vs autopilot')).toEqual({
      strict: 'canvas autopilot',
      sides: ['canvas', 'autopilot'],
      senses: [],
      loose: ['canvas', 'autopilot'],
      question: true,
    });
  });
  it('searches a repeated word once', () => {
    expect(planSearch('model cards vs model registry').loose).toEqual(['model', 'cards', 'registry']);
  });
  it('reads an ambiguous word in its context and ranks like a question', () => {
    expect(planSearch('is my training data biased against older customers? bias')).toMatchObject({
      question: true,
    });
    const fairness = planSearch('bias in a hiring dataset');
    expect(fairness.senses).toEqual(['facet', 'fairness']);
    expect(fairness.loose).toEqual(['bias', 'hiring', 'dataset', 'facet', 'fairness']);
    expect(planSearch('bias variance tradeoff')).toMatchObject({
      senses: ['underfitting'],
      question: true,
    });
  });
});
