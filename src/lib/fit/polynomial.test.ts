import { describe, expect, it } from 'vitest';
import { fit, legendre, mse, predict, solve } from './polynomial';
import { normal, seededRandom } from './seeded';

describe('Legendre features', () => {
  it('match the closed forms P2 = (3t² − 1)/2 and P3 = (5t³ − 3t)/2', () => {
    for (const t of [-1, -0.3, 0, 0.5, 1]) {
      const [p0, p1, p2, p3] = legendre(t, 3);
      expect([p0, p1]).toEqual([1, t]);
      expect(p2).toBeCloseTo((3 * t * t - 1) / 2, 12);
      expect(p3).toBeCloseTo((5 * t ** 3 - 3 * t) / 2, 12);
    }
    expect(legendre(0.2, 1)).toEqual([1, 0.2]);
  });
});

describe('least squares', () => {
  it('solves a linear system', () => {
    // 2a + b = 5, a + 3b = 10 → a = 1, b = 3 (the first pivot is swapped in).
    const [a, b] = solve([
      [1, 3, 10],
      [2, 1, 5],
    ]);
    expect(a).toBeCloseTo(1, 12);
    expect(b).toBeCloseTo(3, 12);
  });

  it('recovers a line and a parabola exactly from noiseless points', () => {
    const line = [0, 0.25, 0.5, 1].map((x) => ({ x, y: 2 * x + 1 }));
    const model = fit(line, 1);
    expect(predict(model, 0.8)).toBeCloseTo(2.6, 10);
    expect(mse(model, line)).toBeCloseTo(0, 20);
    const parabola = [0, 0.2, 0.4, 0.6, 0.8, 1].map((x) => ({ x, y: x * x - x }));
    expect(predict(fit(parabola, 2), 0.3)).toBeCloseTo(0.09 - 0.3, 10);
  });

  it('fits the least-squares line computed by hand', () => {
    // y = 1, 3, 1, 3 at x = 0, 1/3, 2/3, 1: Sxy = 2/3, Sxx = 5/9, so slope 6/5 and intercept
    // 2 − 6/5 × 1/2 = 1.4.
    const points = [0, 1 / 3, 2 / 3, 1].map((x, i) => ({ x, y: i % 2 ? 3 : 1 }));
    const model = fit(points, 1);
    expect(predict(model, 0)).toBeCloseTo(1.4, 10);
    expect(predict(model, 1)).toBeCloseTo(2.6, 10);
  });

  it('shrinks the coefficients under a ridge penalty, never the constant', () => {
    const points = [0, 0.5, 1].map((x) => ({ x, y: 4 * x }));
    const [c0, c1] = fit(points, 1, 0);
    const [r0, r1] = fit(points, 1, 1);
    expect(r0).toBeCloseTo(c0, 12);
    // Features 1 and t = 2x − 1 over t = −1, 0, 1: mean t² = 2/3, slope 2 → 2 × (2/3) / (2/3 + 1).
    expect(c1).toBeCloseTo(2, 12);
    expect(r1).toBeCloseTo(0.8, 12);
  });

  it('computes the mean squared error', () => {
    expect(
      mse(
        [0],
        [
          { x: 0.5, y: 2 },
          { x: 0.1, y: -1 },
        ],
      ),
    ).toBe(2.5);
  });
});

describe('seeded noise', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('has about the standard deviation asked for', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 20000 }, () => normal(random, 0.3));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeCloseTo(0.3, 2);
  });
});
