/** Regression errors: how far predicted numbers are from the real ones, in the target's unit. */
import type { Prediction } from '../../data/threshold-examples';

/** Mean absolute error: every minute of error counts the same. */
export function mae(predictions: readonly Prediction[]): number {
  return mean(predictions.map(({ actual, predicted }) => Math.abs(predicted - actual)));
}

/** Root mean squared error: errors are squared before averaging, so one large miss dominates. */
export function rmse(predictions: readonly Prediction[]): number {
  return Math.sqrt(mean(predictions.map(({ actual, predicted }) => (predicted - actual) ** 2)));
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
