import { describe, expect, it } from 'vitest';
import { customizationMethods, type MethodId } from '../../data/customization-methods';
import { checkLadder, practiceRungs } from './practice';

const cheapestFirst: MethodId[] = [
  'prompt-engineering',
  'rag',
  'instruction-fine-tuning',
  'domain-adaptation',
];

describe('practiceRungs', () => {
  it("keeps the notes' four rungs, cheapest first, and leaves out the rung beyond the notes", () => {
    expect(practiceRungs([...customizationMethods].reverse()).map((rung) => rung.id)).toEqual(cheapestFirst);
  });
});

describe('checkLadder', () => {
  it('accepts the cheapest-first order of the notes', () => {
    expect(checkLadder(cheapestFirst, customizationMethods)).toEqual({ solved: true, wrong: [] });
  });

  it('explains each misplaced rung with its right place, direction and cost reason', () => {
    const result = checkLadder(
      ['rag', 'prompt-engineering', 'instruction-fine-tuning', 'domain-adaptation'],
      customizationMethods,
    );
    expect(result.solved).toBe(false);
    expect(result.wrong.map((entry) => entry.id)).toEqual(['rag', 'prompt-engineering']);
    expect(result.wrong[0].text).toMatch(
      /^Retrieval Augmented Generation \(RAG\) is at 1 of 4 but belongs at 2 of 4 \(a costlier rung\)\. .*vector database/,
    );
    expect(result.wrong[1].text).toMatch(
      /^Prompt engineering is at 2 of 4 but belongs at 1 of 4 \(a cheaper rung\)\./,
    );
  });

  it('flags every rung of a reversed ladder', () => {
    expect(checkLadder([...cheapestFirst].reverse(), customizationMethods).wrong).toHaveLength(4);
  });

  it('rejects an id that is not a practice rung', () => {
    expect(() =>
      checkLadder(['pre-training', 'rag', 'prompt-engineering', 'domain-adaptation'], customizationMethods),
    ).toThrow(/not a rung/);
  });
});
