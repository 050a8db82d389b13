import { describe, expect, it } from 'vitest';
import { balancedExamples, imbalancedExamples, type ScoredExample } from '../../data/threshold-examples';
import { auc, confusion, metrics, rocCurve, rocPoint, thresholdFor } from './metrics';

// Hand counts on the balanced data (10 fraud, 20 legitimate) at 0.5: frauds at or above 0.5 are
// the nine from 0.52 up (0.35 is missed); legitimate ones at or above 0.5 are 0.55, 0.58, 0.64,
// 0.71 and 0.86.
describe('confusion and metrics', () => {
  it('counts the four boxes at a threshold, flagging a score equal to it', () => {
    expect(confusion(balancedExamples, 0.5)).toEqual({ tp: 9, fp: 5, fn: 1, tn: 15 });
    expect(confusion(balancedExamples, 0.35)).toEqual({ tp: 10, fp: 9, fn: 0, tn: 11 });
    expect(confusion(balancedExamples, 0.36)).toEqual({ tp: 9, fp: 9, fn: 1, tn: 11 });
  });

  it('computes accuracy, precision, recall, F1 and false positive rate from the boxes', () => {
    const m = metrics({ tp: 9, fp: 5, fn: 1, tn: 15 });
    expect(m.accuracy).toBeCloseTo(24 / 30, 12);
    expect(m.precision).toBeCloseTo(9 / 14, 12);
    expect(m.recall).toBeCloseTo(0.9, 12);
    // Harmonic mean: 2 × (9/14 × 0.9) / (9/14 + 0.9) = 0.75.
    expect(m.f1).toBeCloseTo(0.75, 12);
    expect(m.fpr).toBeCloseTo(0.25, 12);
  });

  it('leaves a ratio undefined when its denominator is empty', () => {
    // Nothing flagged: no precision; no real negatives: no false positive rate.
    expect(metrics({ tp: 0, fp: 0, fn: 2, tn: 0 })).toEqual({
      accuracy: 0,
      precision: undefined,
      recall: 0,
      f1: 0,
      fpr: undefined,
    });
    expect(metrics({ tp: 0, fp: 0, fn: 0, tn: 0 }).f1).toBeUndefined();
  });

  it('shows accuracy misleading on imbalanced data: flagging nothing is 95% accurate', () => {
    const flagNothing = metrics(confusion(imbalancedExamples, 1));
    expect(imbalancedExamples).toHaveLength(40);
    expect(flagNothing.accuracy).toBeCloseTo(0.95, 12);
    expect(flagNothing.recall).toBe(0);
    expect(flagNothing.f1).toBe(0);
  });
});

describe('ROC curve and AUC', () => {
  it('runs from (0, 0) to (1, 1) without ever going back', () => {
    const curve = rocCurve(balancedExamples);
    expect(curve[0]).toEqual({ fpr: 0, tpr: 0 });
    expect(curve.at(-1)).toEqual({ fpr: 1, tpr: 1 });
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i].fpr).toBeGreaterThanOrEqual(curve[i - 1].fpr);
      expect(curve[i].tpr).toBeGreaterThanOrEqual(curve[i - 1].tpr);
    }
  });

  it('puts the current threshold on the curve', () => {
    expect(rocPoint(balancedExamples, 0.5)).toEqual({ fpr: 0.25, tpr: 0.9 });
    expect(rocCurve(balancedExamples)).toContainEqual({ fpr: 0.25, tpr: 0.9 });
  });

  it('gives the AUC counted by hand: the chance a fraud outscores a legitimate transaction', () => {
    // Legitimate transactions below each fraud: 11, 15, 17, 18, 19, 19, 19, 20, 20, 20 = 178 of 200 pairs.
    expect(auc(rocCurve(balancedExamples))).toBeCloseTo(178 / 200, 12);
    expect(auc(rocCurve(balancedExamples))).toBeCloseTo(pairwise(balancedExamples), 12);
    expect(auc(rocCurve(imbalancedExamples))).toBeCloseTo(pairwise(imbalancedExamples), 12);
  });

  it('is 1 for a perfect ranking, 0.5 when every score ties', () => {
    const perfect = [
      { score: 0.9, fraud: true },
      { score: 0.1, fraud: false },
    ];
    expect(auc(rocCurve(perfect))).toBe(1);
    const ties = [
      { score: 0.5, fraud: true },
      { score: 0.5, fraud: false },
    ];
    expect(auc(rocCurve(ties))).toBe(0.5);
  });
});

describe('thresholds for the exam’s goals', () => {
  it('catch every fraud: the highest threshold with recall 1', () => {
    expect(thresholdFor(balancedExamples, 'recall')).toBe(0.35);
  });

  it('block no good customer: the lowest threshold with no false positive', () => {
    expect(thresholdFor(balancedExamples, 'precision')).toBe(0.87);
    expect(metrics(confusion(balancedExamples, 0.87))).toMatchObject({ precision: 1, recall: 0.3 });
  });

  it('balanced: the threshold with the best F1 (8 caught, 3 false alarms, 2 missed: 16/21)', () => {
    expect(thresholdFor(balancedExamples, 'f1')).toBe(0.61);
    expect(metrics(confusion(balancedExamples, 0.61)).f1).toBeCloseTo(16 / 21, 12);
  });
});

/** AUC by its other definition: over every (fraud, legitimate) pair, the share the fraud outranks (ties half). */
function pairwise(examples: readonly ScoredExample[]): number {
  const positives = examples.filter((example) => example.fraud);
  const negatives = examples.filter((example) => !example.fraud);
  let wins = 0;
  for (const p of positives)
    for (const n of negatives) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
