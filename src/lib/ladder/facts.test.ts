import { describe, expect, it } from 'vitest';
import { customizationMethods, type MethodId } from '../../data/customization-methods';
import { compareVerdict, factLabels, methodFacts } from './facts';

const method = (id: MethodId) => {
  const found = customizationMethods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('methodFacts', () => {
  it('gives every rung the same labelled facts, none empty', () => {
    for (const rung of customizationMethods) {
      const facts = methodFacts(rung);
      expect(facts.map((fact) => fact.label)).toEqual(factLabels());
      for (const fact of facts) expect(fact.value.trim(), `${rung.id}: ${fact.label}`).not.toBe('');
    }
  });
  it('gives a chosen subset of facts, in the order asked for', () => {
    expect(factLabels(['weights', 'cost'])).toEqual(['Changes model weights?', 'Relative cost']);
    expect(methodFacts(method('rag'), ['cost'])).toEqual([
      { label: 'Relative cost', value: 'More than prompting' },
    ]);
  });
  it('says which rungs change the model weights', () => {
    const weights = (id: MethodId) => methodFacts(method(id), ['weights'])[0].value;
    expect(weights('prompt-engineering')).toBe('No');
    expect(weights('rag')).toBe('No');
    expect(weights('instruction-fine-tuning')).toBe('Yes');
    expect(weights('domain-adaptation')).toBe('Yes');
  });
});

describe('the data', () => {
  it('ranks the rungs 1..n, cheapest first, with no dollar figures', () => {
    expect(customizationMethods.map((rung) => rung.rank)).toEqual(
      customizationMethods.map((_, index) => index + 1),
    );
    expect(JSON.stringify(customizationMethods)).not.toMatch(/\$|USD|dollar/i);
  });
});

describe('compareVerdict', () => {
  it('names the cheaper rung and the distance, whatever the order of the pair', () => {
    const text =
      'Prompt engineering is 3 rungs cheaper than Domain adaptation fine-tuning in the typical order.';
    expect(compareVerdict(method('prompt-engineering'), method('domain-adaptation'))).toBe(text);
    expect(compareVerdict(method('domain-adaptation'), method('prompt-engineering'))).toBe(text);
    expect(compareVerdict(method('rag'), method('instruction-fine-tuning'))).toMatch(
      /^Retrieval .* is one rung cheaper/,
    );
  });
  it('asks for two different rungs', () => {
    expect(compareVerdict(method('rag'), method('rag'))).toMatch(/two different/);
  });
});
