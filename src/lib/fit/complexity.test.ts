import { describe, expect, it } from 'vitest';
import { maxDegree, noise, samples } from '../../data/fit-samples';
import { errorsByDegree, fitOf, ridgePenalty } from './complexity';
import { trainByEpochs } from './epochs';

const plain = errorsByDegree(samples.train, samples.validation, maxDegree);
const moreData = errorsByDegree(samples.moreTrain, samples.validation, maxDegree);
const ridge = errorsByDegree(samples.train, samples.validation, maxDegree, { lambda: ridgePenalty });
const stopped = errorsByDegree(samples.train, samples.validation, maxDegree, { earlyStopping: true });
const fits = (errors: typeof plain) => errors.map((row) => fitOf(errors, row.degree));

describe('error against complexity on the seeded samples', () => {
  it('training error only falls as the degree rises', () => {
    for (let i = 1; i < plain.length; i++)
      expect(plain[i].train).toBeLessThanOrEqual(plain[i - 1].train + 1e-12);
  });

  it('underfits at degrees 1–2, fits at 3–4, overfits beyond', () => {
    expect(fits(plain)).toEqual([
      'underfitting',
      'underfitting',
      'good fit',
      'good fit',
      ...Array(6).fill('overfitting'),
    ]);
    // Underfitting: both errors high and close. Overfitting: training error below the noise, validation far above.
    expect(plain[0].validation / plain[0].train).toBeLessThan(1.2);
    expect(plain[9].train).toBeLessThan(noise ** 2 / 10);
    expect(plain[9].validation).toBeGreaterThan(10 * plain[2].validation);
  });

  it('more training data keeps degree 10 near the best validation error', () => {
    expect(moreData[9].validation).toBeLessThan(1.1 * Math.min(...moreData.map((row) => row.validation)));
    expect(fitOf(moreData, 10)).toBe('good fit');
  });

  it('regularisation tames degree 10 without changing the simple models much', () => {
    expect(ridge[9].validation).toBeLessThan(plain[9].validation / 10);
    expect(ridge[9].train).toBeGreaterThan(plain[9].train);
    expect(ridge[2].validation).toBeCloseTo(plain[2].validation, 1);
  });

  it('early stopping tames degree 10 too: it keeps the model of the epoch validation error was lowest', () => {
    expect(stopped[9].validation).toBeLessThan(plain[9].validation / 10);
    expect(stopped[9].train).toBeGreaterThan(plain[9].train);
    const { best } = trainByEpochs(samples.train, samples.validation, 10);
    expect(stopped[9].train).toBeCloseTo(best.train, 10);
    expect(stopped[9].validation).toBeCloseTo(best.validation, 10);
  });

  it('calls the lowest validation error a good fit however the errors lie', () => {
    const errors = [0.5, 0.2, 0.4].map((validation, i) => ({ degree: i + 1, train: 0.1, validation }));
    expect(errors.map((row) => fitOf(errors, row.degree))).toEqual([
      'underfitting',
      'good fit',
      'overfitting',
    ]);
  });
});
