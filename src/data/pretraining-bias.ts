/**
 * The pre-training bias explainer on the Clarify page: two of Clarify's pre-training bias
 * metrics as AWS documents them, and a loan dataset with two groups of the facet "age". Clarify
 * calls the group the metric may favour facet a and the other facet d; here facet a is applicants
 * under 60, facet d applicants 60 and over.
 */
export interface BiasMetricSource {
  name: string;
  abbreviation: 'CI' | 'DPL';
  formula: string;
  /** The range as AWS states it. */
  range: string;
  url: string;
}

export const biasMetricSources: readonly BiasMetricSource[] = [
  {
    name: 'Class imbalance',
    abbreviation: 'CI',
    formula: 'CI = (na − nd) / (na + nd)',
    range: '[−1, 1]',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-bias-metric-class-imbalance.html',
  },
  {
    name: 'Difference in proportions of labels',
    abbreviation: 'DPL',
    formula: 'DPL = qa − qd',
    range: '(−1, 1) for binary labels',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-data-bias-metric-true-label-imbalance.html',
  },
];

/** One group of the facet: how many applicants, and what share of them the data labels approved. */
export interface FacetGroup {
  size: number;
  /** Approved share, in whole percent (the explainer's slider steps). */
  approvedPercent: number;
}

export interface LoanDataset {
  a: FacetGroup;
  d: FacetGroup;
}

export const facetNames = { a: 'under 60', d: '60 and over' } as const;

/** Scenarios of the kind the exam describes, each with the data set it starts from. */
export const loanPresets: readonly { id: string; name: string; data: LoanDataset }[] = [
  {
    id: 'few-older',
    name: 'Few older applicants, approved less',
    data: { a: { size: 750, approvedPercent: 60 }, d: { size: 250, approvedPercent: 40 } },
  },
  {
    id: 'equal-size',
    name: 'Equal groups, unequal approvals',
    data: { a: { size: 500, approvedPercent: 70 }, d: { size: 500, approvedPercent: 40 } },
  },
  {
    id: 'fair',
    name: 'Balanced and at parity',
    data: { a: { size: 500, approvedPercent: 55 }, d: { size: 500, approvedPercent: 55 } },
  },
  {
    id: 'no-older',
    name: 'No applicants over 60',
    data: { a: { size: 600, approvedPercent: 50 }, d: { size: 0, approvedPercent: 50 } },
  },
];
