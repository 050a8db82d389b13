/**
 * The labelled examples of the threshold explorer on the Evaluation metrics page: a fraud model's
 * scores for card transactions (1 = surely fraud), and a few delivery-time predictions for the
 * regression part. Fixed numbers, so the page, its no-JavaScript table and the tests agree.
 * Scores are in hundredths, like the threshold slider, so a score equal to the threshold is
 * exactly equal (a transaction is flagged when its score is at or above the threshold).
 */
export interface ScoredExample {
  score: number;
  fraud: boolean;
}

const scored = (fraud: boolean, scores: number[]): ScoredExample[] =>
  scores.map((score) => ({ score, fraud }));

const legitimate = [
  0.03, 0.06, 0.09, 0.12, 0.15, 0.18, 0.21, 0.24, 0.28, 0.31, 0.34, 0.38, 0.42, 0.46, 0.49, 0.55, 0.58, 0.64,
  0.71, 0.86,
];

/** 30 transactions, 10 of them fraud: enough of each class for accuracy to mean something. */
export const balancedExamples: readonly ScoredExample[] = [
  ...scored(true, [0.35, 0.52, 0.61, 0.68, 0.74, 0.79, 0.83, 0.88, 0.93, 0.97]),
  ...scored(false, legitimate),
];

/**
 * 40 transactions, 2 of them fraud (5%), as in real card data: flagging nothing is 95% accurate
 * and catches no fraud at all.
 */
export const imbalancedExamples: readonly ScoredExample[] = [
  ...scored(true, [0.62, 0.91]),
  ...scored(false, [
    ...legitimate,
    0.02,
    0.04,
    0.05,
    0.07,
    0.08,
    0.1,
    0.11,
    0.13,
    0.14,
    0.16,
    0.19,
    0.22,
    0.26,
    0.29,
    0.33,
    0.4,
    0.44,
    0.51,
  ]),
];

/** The threshold the explorer starts at, and its no-JavaScript worked example uses. */
export const startThreshold = 0.5;

/** Delivery times in minutes: what each order really took, and what the model predicted. */
export interface Prediction {
  actual: number;
  predicted: number;
}

export const deliveryPredictions: readonly Prediction[] = [
  { actual: 32, predicted: 30 },
  { actual: 25, predicted: 28 },
  { actual: 41, predicted: 38 },
  { actual: 18, predicted: 20 },
  { actual: 36, predicted: 35 },
  { actual: 27, predicted: 31 },
];
