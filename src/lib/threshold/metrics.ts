/**
 * Classification metrics of a score threshold: an example is predicted positive (fraud) when its
 * score is at or above the threshold. Ratios with an empty denominator are `undefined` (e.g.
 * precision when nothing is flagged), never a made-up 0 or 1.
 */
import type { ScoredExample } from '../../data/threshold-examples';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Metrics {
  accuracy: number | undefined;
  precision: number | undefined;
  /** Also the true positive rate (TPR), or sensitivity. */
  recall: number | undefined;
  f1: number | undefined;
  /** False positive rate: the share of real negatives flagged. */
  fpr: number | undefined;
}

export function confusion(examples: readonly ScoredExample[], threshold: number): Confusion {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { score, fraud } of examples) {
    const flagged = score >= threshold;
    counts[fraud ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn']++;
  }
  return counts;
}

const ratio = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);

export function metrics({ tp, fp, fn, tn }: Confusion): Metrics {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    precision,
    recall,
    // The harmonic mean of precision and recall, 2TP / (2TP + FP + FN): defined even when one of
    // them is not, as long as anything was flagged or is positive.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    fpr: ratio(fp, fp + tn),
  };
}

/** A point of the ROC curve: false positive rate across, true positive rate up. */
export interface RocPoint {
  fpr: number;
  tpr: number;
}

/**
 * The ROC curve: one point per distinct score used as the threshold, from the highest threshold
 * (nothing flagged, 0,0) to the lowest (everything flagged, 1,1). Needs both classes.
 */
export function rocCurve(examples: readonly ScoredExample[]): RocPoint[] {
  const thresholds = [...new Set(examples.map((example) => example.score))].sort((a, b) => b - a);
  return [{ fpr: 0, tpr: 0 }, ...thresholds.map((threshold) => rocPoint(examples, threshold))];
}

export function rocPoint(examples: readonly ScoredExample[], threshold: number): RocPoint {
  const { fpr = 0, recall = 0 } = metrics(confusion(examples, threshold));
  return { fpr, tpr: recall };
}

/** Area under the ROC curve, by trapezoids: it sums every threshold, so no one threshold moves it. */
export function auc(curve: readonly RocPoint[]): number {
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    area += ((curve[i].fpr - curve[i - 1].fpr) * (curve[i].tpr + curve[i - 1].tpr)) / 2;
  }
  return area;
}

/** The thresholds the explorer offers: hundredths from 0 to 1. */
export const thresholdSteps = Array.from({ length: 101 }, (_, step) => step / 100);

export type Goal = 'recall' | 'precision' | 'f1';

/**
 * The threshold that serves a goal best, on the explorer's steps. `recall`: catch every positive
 * with as few false alarms as possible (the highest threshold with recall 1). `precision`: flag no
 * negative while catching as many positives as possible (the lowest threshold with no false
 * positive). `f1`: the highest threshold with the highest F1.
 */
export function thresholdFor(examples: readonly ScoredExample[], goal: Goal): number {
  const scored = thresholdSteps.map((threshold) => ({
    threshold,
    counts: confusion(examples, threshold),
  }));
  if (goal === 'recall') return scored.findLast(({ counts }) => counts.fn === 0)?.threshold ?? 0;
  if (goal === 'precision') return scored.find(({ counts }) => counts.fp === 0)?.threshold ?? 1;
  let best = scored[0];
  for (const candidate of scored) {
    if ((metrics(candidate.counts).f1 ?? 0) >= (metrics(best.counts).f1 ?? 0)) best = candidate;
  }
  return best.threshold;
}
