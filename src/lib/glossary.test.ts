import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { closedNamesIn } from '../data/availability';
import { glossary } from '../data/glossary';
import { keyTerms } from '../data/key-terms';
import { groupByLetter, letterId, letterOf, sentenceCount, termId } from './glossary';

const docs = new URL('../content/docs/', import.meta.url);

/** Terms the exam guide and the issue ask the glossary to define (matched inside the term). */
const requiredTerms = [
  'overfitting',
  'underfitting',
  'bias–variance',
  'SHAP',
  'facet',
  'baseline',
  'model card',
  'AWS AI Service Card',
  'human-in-the-loop',
  'in-context learning',
  'zero-shot',
  'few-shot',
  'transfer learning',
  'continued pre-training',
  'fine-tuning',
  'domain adaptation',
  'RAG',
  'AUC',
  'accuracy',
  'precision',
  'recall',
  'F1',
  'RMSE',
  'ROUGE',
  'BLEU',
  'BERTScore',
  'EDA',
  'feature engineering',
  'data drift',
  'concept drift',
  'hyperparameter',
  'epoch',
  'inference',
  'endpoint',
  'cold start',
  'payload',
];

describe('glossary data', () => {
  it('defines at least 60 terms, each once', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    const terms = glossary.map((entry) => entry.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    const ids = glossary.map((entry) => termId(entry.term));
    expect(new Set(ids).size, 'two terms would share an anchor').toBe(ids.length);
  });

  it('covers every term the issue asks for and every key term the page showed before', () => {
    const terms = glossary.map((entry) => entry.term.toLowerCase());
    const wanted = [...requiredTerms, ...keyTerms.glossary];
    const missing = wanted.filter((word) => !terms.some((term) => term.includes(word.toLowerCase())));
    expect(missing).toEqual([]);
  });

  it('ties every closed service it names to the closure notes of the glossary page', () => {
    const source = readFileSync(new URL('glossary.mdx', docs), 'utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { mentions?: string[] };
    const text = glossary.map((entry) => `${entry.term}: ${entry.definition}`).join('\n');
    const named = closedNamesIn(text).map((record) => record.id);
    expect(named.filter((id) => !frontmatter.mentions?.includes(id))).toEqual([]);
  });

  for (const entry of glossary) {
    it(`${entry.term}: one or two sentences, linking to a page of the site`, () => {
      const count = sentenceCount(entry.definition);
      expect(count, entry.definition).toBeGreaterThanOrEqual(1);
      expect(count, entry.definition).toBeLessThanOrEqual(2);
      expect(entry.definition).toMatch(/[.!?]$/);
      expect(
        existsSync(new URL(`${entry.page}.mdx`, docs)),
        `src/content/docs/${entry.page}.mdx does not exist`,
      ).toBe(true);
      expect(entry.page, 'the glossary links to the page that teaches the term').not.toBe('glossary');
    });
  }
});

describe('termId', () => {
  it('gives the anchor a heading with the same words would get', () => {
    expect(termId('AUC (area under the ROC curve)')).toBe('auc-area-under-the-roc-curve');
    expect(termId('Bias–variance trade-off')).toBe('biasvariance-trade-off');
    expect(termId('CI/CD')).toBe('cicd');
  });
});

describe('groupByLetter', () => {
  const entry = (term: string) => ({ term });

  it('sorts case-insensitively and groups under the first letter', () => {
    const groups = groupByLetter([entry('epoch'), entry('AUC'), entry('Endpoint'), entry('accuracy')]);
    expect(groups.map((group) => [group.letter, group.entries.map((item) => item.term)])).toEqual([
      ['A', ['accuracy', 'AUC']],
      ['E', ['Endpoint', 'epoch']],
    ]);
  });

  it('files terms that start with a digit or symbol under #', () => {
    expect(letterOf('3D segmentation')).toBe('#');
    expect(letterOf('Élan')).toBe('E');
  });

  it('puts every glossary term in exactly one group', () => {
    const grouped = groupByLetter(glossary).flatMap((group) => group.entries);
    expect(grouped).toHaveLength(glossary.length);
  });
});

describe('sentenceCount', () => {
  it('counts sentences by their closing punctuation', () => {
    expect(sentenceCount('One sentence.')).toBe(1);
    expect(sentenceCount('One. Two sentences!')).toBe(2);
    expect(sentenceCount('Scores from 0.5 to 1. Higher is better.')).toBe(2);
  });
});

describe('letterId', () => {
  it('gives each letter a heading id, and digits a readable one', () => {
    expect(letterId('O')).toBe('letter-o');
    expect(letterId('#')).toBe('letter-digits');
  });
});
