/**
 * Training and validation error across model complexity (polynomial degree), and where each
 * degree sits: underfitting, good fit or overfitting.
 */
import type { Sample } from '../../data/fit-samples';
import { trainByEpochs } from './epochs';
import { fit, mse, type Model } from './polynomial';

/** The ridge penalty the "regularisation" remedy applies. */
export const ridgePenalty = 0.01;

export interface DegreeErrors {
  degree: number;
  train: number;
  validation: number;
}

/** How a model is trained: its ridge penalty, and whether early stopping ends its training. */
export interface Training {
  lambda?: number;
  earlyStopping?: boolean;
}

/**
 * The model of a degree: trained to the end (solved exactly), or by epochs until early stopping
 * ends it, keeping its best epoch's model (early stopping watches the validation error).
 */
export function trainedModel(
  train: readonly Sample[],
  validation: readonly Sample[],
  degree: number,
  { lambda = 0, earlyStopping = false }: Training = {},
): Model {
  return earlyStopping
    ? trainByEpochs(train, validation, degree, { lambda, earlyStopping }).model
    : fit(train, degree, lambda);
}

export function errorsByDegree(
  train: readonly Sample[],
  validation: readonly Sample[],
  maxDegree: number,
  training: Training = {},
): DegreeErrors[] {
  return Array.from({ length: maxDegree }, (_, i) => {
    const model = trainedModel(train, validation, i + 1, training);
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
