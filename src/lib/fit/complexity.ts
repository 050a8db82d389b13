/**
 * Training and validation error across model complexity (polynomial degree), and where each
 * degree sits: underfitting, good fit or overfitting.
 */
import type { Sample } from '../../data/fit-samples';
import { fit, mse } from './polynomial';

/** The ridge penalty the "regularisation" remedy applies. */
export const ridgePenalty = 0.01;

export interface DegreeErrors {
  degree: number;
  train: number;
  validation: number;
}

export function errorsByDegree(
  train: readonly Sample[],
  validation: readonly Sample[],
  maxDegree: number,
  lambda = 0,
): DegreeErrors[] {
  return Array.from({ length: maxDegree }, (_, i) => {
    const model = fit(train, i + 1, lambda);
    return { degree: i + 1, train: mse(model, train), validation: mse(model, validation) };
  });
}

export type Fit = 'underfitting' | 'good fit' | 'overfitting';

/** Validation error within this factor of the lowest counts as a good fit. */
const goodFitMargin = 1.25;

/**
 * The good fit is the run of degrees around the lowest validation error whose validation error
 * stays within 25% of it; simpler models underfit, more complex ones overfit.
 */
export function fitOf(errors: readonly DegreeErrors[], degree: number): Fit {
  const best = errors.reduce((low, row) => (row.validation < low.validation ? row : low));
  const good = (row: DegreeErrors | undefined) =>
    row !== undefined && row.validation <= best.validation * goodFitMargin;
  let first = best.degree;
  while (good(errors[first - 2])) first--;
  let last = best.degree;
  while (good(errors[last])) last++;
  return degree < first ? 'underfitting' : degree > last ? 'overfitting' : 'good fit';
}
