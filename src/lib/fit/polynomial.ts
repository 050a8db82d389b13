/**
 * Polynomial regression of a chosen degree, by least squares with an optional ridge penalty
 * (regularisation). Features are Legendre polynomials of x mapped to [−1, 1], which fit the same
 * curves as x, x², x³… but keep the equations well conditioned up to degree 10.
 */
import type { Sample } from '../../data/fit-samples';

/** P0(t) … Pdegree(t), by Bonnet's recurrence. */
export function legendre(t: number, degree: number): number[] {
  const values = [1, t];
  for (let n = 1; n < degree; n++) values.push(((2 * n + 1) * t * values[n] - n * values[n - 1]) / (n + 1));
  return values.slice(0, degree + 1);
}

/** The features of x in [0, 1]: the Legendre polynomials of x mapped to [−1, 1]. */
export const legendreFeatures = (x: number, degree: number) => legendre(2 * x - 1, degree);

/** A fitted model: its coefficients on the Legendre features. */
export type Model = number[];

export function predict(model: Model, x: number): number {
  return legendreFeatures(x, model.length - 1).reduce((sum, value, k) => sum + value * model[k], 0);
}

/**
 * Least squares: minimises mean squared error + `lambda` × the sum of squared coefficients (the
 * constant term is not penalised), solving (XᵀX/n + λI) w = Xᵀy/n.
 */
export function fit(samples: readonly Sample[], degree: number, lambda = 0): Model {
  const size = degree + 1;
  const a = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  for (const { x, y } of samples) {
    const f = legendreFeatures(x, degree);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) a[i][j] += (f[i] * f[j]) / samples.length;
      a[i][size] += (f[i] * y) / samples.length;
    }
  }
  for (let i = 1; i < size; i++) a[i][i] += lambda;
  return solve(a);
}

/** Gaussian elimination with partial pivoting on an augmented matrix [A | b]. */
export function solve(augmented: number[][]): number[] {
  const a = augmented.map((row) => [...row]);
  const n = a.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}

/** Mean squared error of a model on samples. */
export function mse(model: Model, samples: readonly Sample[]): number {
  return samples.reduce((sum, { x, y }) => sum + (predict(model, x) - y) ** 2, 0) / samples.length;
}
