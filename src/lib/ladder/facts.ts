/** The facts every view of a rung shows (ladder, comparison, page table), with one label each. */
import type { CustomizationMethod } from '../../data/customization-methods';

export interface Fact {
  label: string;
  value: string;
}

const facts = {
  cost: { label: 'Relative cost', value: (method: CustomizationMethod) => method.cost },
  needs: { label: 'What it needs', value: (method: CustomizationMethod) => method.needs },
  weights: {
    label: 'Changes model weights?',
    value: (method: CustomizationMethod) => (method.changesWeights ? 'Yes' : 'No'),
  },
  when: { label: 'Use it when', value: (method: CustomizationMethod) => method.whenToUse },
  aws: { label: 'On AWS', value: (method: CustomizationMethod) => method.onAws },
};

export type FactKey = keyof typeof facts;

/** Every fact, in the order the views show them. */
export const allFacts: readonly FactKey[] = ['cost', 'needs', 'weights', 'when', 'aws'];

export function factLabels(keys: readonly FactKey[] = allFacts): string[] {
  return keys.map((key) => facts[key].label);
}

export function methodFacts(method: CustomizationMethod, keys: readonly FactKey[] = allFacts): Fact[] {
  return keys.map((key) => ({ label: facts[key].label, value: facts[key].value(method) }));
}

/** One sentence on how two rungs compare in cost. */
export function compareVerdict(a: CustomizationMethod, b: CustomizationMethod): string {
  if (a.id === b.id) return 'Pick two different rungs to compare them.';
  const [cheaper, dearer] = a.rank < b.rank ? [a, b] : [b, a];
  const steps = dearer.rank - cheaper.rank;
  return `${cheaper.name} is ${steps === 1 ? 'one rung' : `${steps} rungs`} cheaper than ${dearer.name} in the typical order.`;
}
