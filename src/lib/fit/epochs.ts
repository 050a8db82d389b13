/**
 * Training by epochs: full-batch gradient descent on the objective `fit` solves in one go (mean
 * squared error + λ × the squared coefficients but the constant), one step per epoch, with the
 * training and validation error after each. Early stopping ends training once validation error
 * has not improved for `patience` epochs and keeps the model of its best epoch.
 */
import type { Sample } from '../../data/fit-samples';
import { legendreFeatures, type Model } from './polynomial';

/** Epochs a run may last, and how long early stopping waits for validation error to improve. */
export const maxEpochs = 20_000;
export const patience = 10;

export interface EpochErrors {
  epoch: number;
  train: number;
  validation: number;
}

export interface TrainingRun {
  /** The errors at the epochs the chart draws: about ten a decade, the best epoch and the last. */
  curve: EpochErrors[];
  /** The epoch with the lowest validation error. */
  best: EpochErrors;
  /** The epoch training ended: the last, or where early stopping stopped it. */
  end: EpochErrors;
  /** The model kept: the last epoch's, or with early stopping the best epoch's. */
  model: Model;
}

/**
 * The means over the samples of f(x)f(x)ᵀ, f(x)·y and y², from which the gradient and the mean
 * squared error of any model follow without another pass over the samples.
 */
function moments(samples: readonly Sample[], degree: number) {
  const size = degree + 1;
  const gram = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const target = new Array<number>(size).fill(0);
  let square = 0;
  for (const { x, y } of samples) {
    const f = legendreFeatures(x, degree);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) gram[i][j] += (f[i] * f[j]) / samples.length;
      target[i] += (f[i] * y) / samples.length;
    }
    square += (y * y) / samples.length;
  }
  return { gram, target, square };
}

// Plain loops: a run takes up to 20,000 epochs each time the reader moves the degree.
function times(matrix: number[][], vector: readonly number[]): number[] {
  const result = new Array<number>(matrix.length);
  for (let i = 0; i < matrix.length; i++) {
    let sum = 0;
    for (let j = 0; j < vector.length; j++) sum += matrix[i][j] * vector[j];
    result[i] = sum;
  }
  return result;
}

/** Mean squared error from the moments: wᵀGw − 2wᵀt + mean(y²) (never below 0 by rounding). */
function error(model: Model, { gram, target, square }: ReturnType<typeof moments>): number {
  let sum = square;
  for (let i = 0; i < model.length; i++) {
    let row = 0;
    for (let j = 0; j < model.length; j++) row += gram[i][j] * model[j];
    sum += model[i] * (row - 2 * target[i]);
  }
  return Math.max(0, sum);
}

/** The largest eigenvalue of a symmetric positive semi-definite matrix, by power iteration. */
export function largestEigenvalue(matrix: number[][]): number {
  let vector = matrix.map(() => 1);
  let value = 0;
  for (let step = 0; step < 200; step++) {
    const next = times(matrix, vector);
    value = Math.hypot(...next);
    if (value === 0) return 0;
    vector = next.map((entry) => entry / value);
  }
  return value;
}

/** Whether `epoch` is drawn: every epoch up to 10, then about ten a decade (1, 1.26, 1.58… × 10ⁿ). */
const drawn = (epoch: number) => {
  const step = Math.log10(epoch) * 10;
  return epoch <= 10 || Math.floor(step) !== Math.floor(Math.log10(epoch - 1) * 10);
};

export function trainByEpochs(
  train: readonly Sample[],
  validation: readonly Sample[],
  degree: number,
  { lambda = 0, earlyStopping = false, epochs = maxEpochs } = {},
): TrainingRun {
  const fitted = moments(train, degree);
  const held = moments(validation, degree);
  // The gradient is 2 × ((gram + λ) · w − target); a step below 1 / the largest eigenvalue of
  // gram + λ never diverges.
  const gram = fitted.gram.map((row, i) =>
    row.map((value, j) => (i === j && i > 0 ? value + lambda : value)),
  );
  const rate = 0.95 / largestEigenvalue(gram);
  const { target } = fitted;
  let model: Model = new Array<number>(degree + 1).fill(0);
  let kept = model;
  const curve: EpochErrors[] = [];
  let best: EpochErrors | undefined;
  let end: EpochErrors | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const slope = times(gram, model);
    const next = new Array<number>(model.length);
    for (let k = 0; k < model.length; k++) next[k] = model[k] - rate * 2 * (slope[k] - target[k]);
    model = next;
    const now = { epoch, train: error(model, fitted), validation: error(model, held) };
    if (drawn(epoch) || epoch === epochs) curve.push(now);
    end = now;
    if (!best || now.validation < best.validation) {
      best = now;
      kept = model;
    } else if (earlyStopping && epoch - best.epoch >= patience) {
      if (curve.at(-1) !== now) curve.push(now);
      break;
    }
  }
  if (!best || !end) throw new Error('A run needs at least one epoch');
  // The best epoch is drawn and listed even where the decade's steps pass it by.
  const lowest = best;
  if (!curve.includes(lowest))
    curve.splice(
      curve.findIndex((row) => row.epoch > lowest.epoch),
      0,
      lowest,
    );
  return { curve, best, end, model: earlyStopping ? kept : model };
}

/** The rows a table gives as text: each power of ten reached, the best epoch and the last. */
export function milestones(run: TrainingRun): EpochErrors[] {
  return run.curve.filter(
    (row) => Number.isInteger(Math.log10(row.epoch)) || row === run.best || row === run.end,
  );
}
