import { describe, expect, it } from 'vitest';
import { facetNames, loanPresets } from '../../data/pretraining-bias';
import {
  approved,
  biasReport,
  ciMeaning,
  classImbalance,
  differenceInProportions,
  dplMeaning,
  labelProportion,
  plainWords,
} from './pretraining-bias';

// AWS's definitions (clarify-bias-metric-class-imbalance.html and
// clarify-data-bias-metric-true-label-imbalance.html): CI = (na − nd)/(na + nd) in [−1, 1], 1 when
// the data holds only facet a, −1 only facet d, 0 a perfectly equal partition; DPL = qa − qd with
// q = n(1)/n, positive when facet a has the higher proportion of positive labels, 0 demographic parity.
describe('class imbalance (CI)', () => {
  it('follows (na − nd) / (na + nd)', () => {
    expect(classImbalance(750, 250)).toBe(0.5);
    expect(classImbalance(200, 800)).toBeCloseTo(-0.6, 12);
    expect(classImbalance(500, 500)).toBe(0);
  });

  it('is 1 or −1 when the data holds only one facet, and undefined for no data', () => {
    expect(classImbalance(600, 0)).toBe(1);
    expect(classImbalance(0, 600)).toBe(-1);
    expect(classImbalance(0, 0)).toBeUndefined();
  });

  it('changes sign when the facets swap, and stays within [−1, 1]', () => {
    for (const [na, nd] of [
      [1, 999],
      [37, 12],
      [5, 5],
    ]) {
      const ci = classImbalance(na, nd) as number;
      expect(classImbalance(nd, na)).toBeCloseTo(-ci, 12);
      expect(Math.abs(ci)).toBeLessThanOrEqual(1);
    }
  });
});

describe('difference in proportions of labels (DPL)', () => {
  it('is qa − qd with q = approved / members', () => {
    expect(labelProportion(450, 750)).toBe(0.6);
    expect(differenceInProportions(0.6, 0.4)).toBeCloseTo(0.2, 12);
    expect(differenceInProportions(0.4, 0.7)).toBeCloseTo(-0.3, 12);
    expect(differenceInProportions(0.55, 0.55)).toBe(0);
  });

  it('is undefined when a group is empty (its proportion is 0/0)', () => {
    expect(labelProportion(0, 0)).toBeUndefined();
    expect(differenceInProportions(0.5, undefined)).toBeUndefined();
    expect(differenceInProportions(undefined, 0.5)).toBeUndefined();
  });
});

describe('a loan dataset', () => {
  it('rounds approvals to whole people', () => {
    expect(approved({ size: 250, approvedPercent: 40 })).toBe(100);
    expect(approved({ size: 3, approvedPercent: 50 })).toBe(2);
  });

  it('reports CI 0.5 and DPL 0.2 for 750 under-60s approved at 60% and 250 over-60s at 40%', () => {
    const report = biasReport(loanPresets[0].data);
    expect(report.ci).toBe(0.5);
    expect(report.qa).toBe(0.6);
    expect(report.qd).toBe(0.4);
    expect(report.dpl).toBeCloseTo(0.2, 12);
    expect(plainWords(loanPresets[0].data, facetNames)).toBe(
      'The under 60 group is 3× as numerous as the 60 and over group, and the under 60 group is approved 20 points more often.',
    );
  });

  it('says so in words when the groups are equal, or one is empty', () => {
    expect(plainWords(loanPresets[2].data, facetNames)).toBe(
      'The under 60 and 60 and over groups are the same size, and both are approved equally often.',
    );
    const noOlder = { a: { size: 600, approvedPercent: 50 }, d: { size: 0, approvedPercent: 50 } };
    expect(biasReport(noOlder)).toEqual({ ci: 1, qa: 0.5, qd: undefined, dpl: undefined });
    expect(plainWords(noOlder, facetNames)).toMatch(/^The dataset has no one 60 and over/);
    expect(
      plainWords({ a: { size: 0, approvedPercent: 0 }, d: { size: 0, approvedPercent: 0 } }, facetNames),
    ).toBe('The dataset is empty.');
  });

  it('names facet d when it is the larger group or approved more often', () => {
    expect(
      plainWords(
        { a: { size: 200, approvedPercent: 30 }, d: { size: 800, approvedPercent: 31 } },
        facetNames,
      ),
    ).toBe(
      'The 60 and over group is 4× as numerous as the under 60 group, and the 60 and over group is approved 1 point more often.',
    );
  });
});

describe('meanings', () => {
  it('read CI as AWS does: sign says which facet is larger, ±1 only one facet, 0 balanced', () => {
    expect(ciMeaning(0.5, facetNames)).toBe('Facet a (under 60) has more members: strongly imbalanced.');
    expect(ciMeaning(-0.2, facetNames)).toBe('Facet d (60 and over) has more members.');
    expect(ciMeaning(0, facetNames)).toBe('Perfectly balanced: both groups are the same size.');
    expect(ciMeaning(1, facetNames)).toBe('Only the under 60 group is in the data.');
    expect(ciMeaning(undefined, facetNames)).toBe('No data: CI is undefined.');
  });

  it('read DPL as AWS does: positive favours facet a, 0 is demographic parity', () => {
    expect(dplMeaning(0.2, facetNames)).toBe('Facet a (under 60) is approved more often.');
    expect(dplMeaning(-0.3, facetNames)).toBe('Facet d (60 and over) is approved more often.');
    expect(dplMeaning(0, facetNames)).toMatch(/^Demographic parity/);
    expect(dplMeaning(undefined, facetNames)).toMatch(/DPL is undefined/);
  });
});
