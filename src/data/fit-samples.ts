/**
 * The noisy samples of the bias–variance explainer: a smooth curve (the pattern a model should
 * learn) plus noise, split into training and validation points. Drawn from a fixed seed, so the
 * page, its no-JavaScript example and the tests see the same points.
 */
import { normal, seededRandom } from '../lib/fit/seeded';

export interface Sample {
  x: number;
  y: number;
}

/** The pattern behind the data: one smooth wave over x from 0 to 1. */
export const truth = (x: number) => Math.sin(2 * Math.PI * x);

/** Standard deviation of the noise on every sample. */
export const noise = 0.3;

function draw(seed: number, count: number): Sample[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    // Evenly spread with a little jitter, so every part of the curve is sampled.
    const x = Math.min(1, Math.max(0, (i + 0.5 + (random() - 0.5) * 0.8) / count));
    return { x, y: truth(x) + normal(random, noise) };
  });
}

export const samples = {
  /** A small training set: a flexible model can memorise it. */
  train: draw(7, 12),
  /** The remedy "more training data". */
  moreTrain: draw(11, 48),
  validation: draw(23, 30),
};

/** The model complexity the explainer starts at, and its no-JavaScript example shows. */
export const startDegree = 3;
export const maxDegree = 10;
