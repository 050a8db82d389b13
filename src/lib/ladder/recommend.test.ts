import { describe, expect, it } from 'vitest';
import { customizationMethods } from '../../data/customization-methods';
import { practiceRungs } from './practice';
import { questions, recommend, recommendable, type Answers, type RecommendableId } from './recommend';

/** Every combination of the four answers, with the rung the exam's rule of thumb picks. */
const cases: [
  facts: boolean,
  labeled: boolean,
  jargon: boolean,
  tightBudget: boolean,
  rung: RecommendableId,
][] = [
  [false, false, false, false, 'prompt-engineering'],
  [false, false, false, true, 'prompt-engineering'],
  [false, true, false, false, 'instruction-fine-tuning'],
  [false, true, false, true, 'prompt-engineering'],
  [true, false, false, false, 'rag'],
  [true, false, false, true, 'rag'],
  [true, true, false, false, 'instruction-fine-tuning'],
  [true, true, false, true, 'rag'],
  [false, false, true, false, 'domain-adaptation'],
  [false, false, true, true, 'domain-adaptation'],
  [false, true, true, false, 'domain-adaptation'],
  [false, true, true, true, 'domain-adaptation'],
  [true, false, true, false, 'domain-adaptation'],
  [true, false, true, true, 'domain-adaptation'],
  [true, true, true, false, 'domain-adaptation'],
  [true, true, true, true, 'domain-adaptation'],
];

const combineWithRag = /Add RAG on top/;
const fewShot = /few-shot/;
const expensiveOnTightBudget = /most expensive rung/;

describe('recommend', () => {
  it('has a case for each of the 16 combinations of answers', () => {
    const keys = new Set(cases.map((row) => row.slice(0, 4).join()));
    expect(keys.size).toBe(2 ** questions.length);
  });

  for (const [facts, labeled, jargon, tightBudget, rung] of cases) {
    const answers: Answers = { facts, labeled, jargon, tightBudget };
    it(`picks ${rung} for ${JSON.stringify(answers)}`, () => {
      const result = recommend(answers);
      expect(result.rung).toBe(rung);
      expect(result.why.length).toBeGreaterThan(20);

      // Every cheaper rung is listed, cheapest first, with at least one reason it falls short.
      const below = recommendable.slice(0, recommendable.indexOf(rung));
      expect(result.cheaper.map((entry) => entry.id)).toEqual(below);
      for (const entry of result.cheaper) expect(entry.reasons.length, entry.id).toBeGreaterThan(0);

      const notes = result.notes.join('\n');
      const aboveRag = recommendable.indexOf(rung) > recommendable.indexOf('rag');
      expect(combineWithRag.test(notes)).toBe(facts && aboveRag);
      expect(fewShot.test(notes)).toBe(labeled && tightBudget);
      expect(expensiveOnTightBudget.test(notes)).toBe(jargon && tightBudget);
    });
  }

  it('explains why prompts fall short when fresh facts are needed', () => {
    const [promptEngineering] = recommend({
      facts: true,
      labeled: false,
      jargon: false,
      tightBudget: false,
    }).cheaper;
    expect(promptEngineering.reasons.join()).toMatch(/training data/);
  });

  it("chooses among the notes' rungs, cheapest first, as the data has them", () => {
    expect([...recommendable]).toEqual(practiceRungs(customizationMethods).map((rung) => rung.id));
  });
});
