import { describe, expect, it } from 'vitest';
import { samples } from '../../data/fit-samples';
import { errorsByDegree } from './complexity';
import { largestEigenvalue, maxEpochs, milestones, patience, trainByEpochs } from './epochs';
import { fit, mse } from './polynomial';

describe('the step size', () => {
  it('comes from the largest eigenvalue, found by power iteration', () => {
    // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
    expect(
      largestEigenvalue([
        [2, 1],
        [1, 2],
      ]),
    ).toBeCloseTo(3, 10);
    expect(
      largestEigenvalue([
        [0, 0],
        [0, 0],
      ]),
    ).toBe(0);
  });
});

describe('gradient descent by hand', () => {
  // Two points, degree 1: the features at x = 0 and 1 are (1, −1) and (1, 1), so the mean of
  // f fᵀ is the identity, its largest eigenvalue 1, the step 0.95 and each epoch moves the
  // coefficients w to w − 1.9 (w − t) with t = mean of f·y = (2, 1).
  const points = [
    { x: 0, y: 1 },
    { x: 1, y: 3 },
  ];

  it('takes the steps computed by hand', () => {
    const run = trainByEpochs(points, points, 1, { epochs: 2 });
    // Epoch 1: w = 1.9 t = (3.8, 1.9); predictions 1.9 and 5.7, errors 0.9 and 2.7: MSE 4.05.
    expect(run.curve[0].train).toBeCloseTo(4.05, 10);
    // Epoch 2: w = −0.9 (3.8, 1.9) + 1.9 (2, 1) = (0.38, 0.19); errors −0.81 and −2.43: MSE 3.2805.
    expect(run.curve[1].train).toBeCloseTo(3.2805, 10);
    expect(run.model[0]).toBeCloseTo(0.38, 10);
    expect(run.model[1]).toBeCloseTo(0.19, 10);
  });

  it('ends at the least-squares fit', () => {
    const run = trainByEpochs(points, points, 1, { epochs: 200 });
    const exact = fit(points, 1);
    expect(run.model[0]).toBeCloseTo(exact[0], 8);
    expect(run.model[1]).toBeCloseTo(exact[1], 8);
    expect(run.end.train).toBeCloseTo(0, 8);
  });
});

describe('training by epochs on the seeded samples', () => {
  const run = trainByEpochs(samples.train, samples.validation, 10);
  const stopped = trainByEpochs(samples.train, samples.validation, 10, { earlyStopping: true });

  it('lowers the training error at every drawn epoch', () => {
    for (let i = 1; i < run.curve.length; i++)
      expect(run.curve[i].train).toBeLessThanOrEqual(run.curve[i - 1].train + 1e-12);
  });

  it('at degree 10, validation error is lowest early, then climbs far above it', () => {
    expect(run.best.epoch).toBeLessThan(20);
    expect(run.end.epoch).toBe(maxEpochs);
    expect(run.end.validation).toBeGreaterThan(10 * run.best.validation);
  });

  it('ends near the fully trained model of the complexity view', () => {
    const exact = errorsByDegree(samples.train, samples.validation, 10);
    for (const degree of [3, 10]) {
      const end = trainByEpochs(samples.train, samples.validation, degree).end;
      expect(end.validation / exact[degree - 1].validation).toBeCloseTo(1, 1);
    }
  });

  it('early stopping stops once validation error has not improved for the patience, keeping the best model', () => {
    expect(stopped.best).toEqual(run.best);
    expect(stopped.end.epoch).toBe(run.best.epoch + patience);
    expect(mse(stopped.model, samples.validation)).toBeCloseTo(stopped.best.validation, 10);
    expect(stopped.curve.at(-1)).toEqual(stopped.end);
  });

  it('lists each power of ten, the best epoch and the last as milestones', () => {
    expect(milestones(run).map((row) => row.epoch)).toEqual([
      1,
      run.best.epoch,
      10,
      100,
      1000,
      10_000,
      20_000,
    ]);
    expect(milestones(stopped).map((row) => row.epoch)).toEqual([
      1,
      stopped.best.epoch,
      10,
      stopped.end.epoch,
    ]);
  });
});
