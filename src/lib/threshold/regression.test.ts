import { describe, expect, it } from 'vitest';
import { deliveryPredictions } from '../../data/threshold-examples';
import { mae, rmse } from './regression';

describe('MAE and RMSE', () => {
  it('match the hand-computed errors of the delivery predictions', () => {
    // Errors 2, 3, 3, 2, 1, 4 minutes: MAE 15/6; squares 4, 9, 9, 4, 1, 16 sum to 43.
    expect(mae(deliveryPredictions)).toBeCloseTo(2.5, 12);
    expect(rmse(deliveryPredictions)).toBeCloseTo(Math.sqrt(43 / 6), 12);
  });

  it('RMSE jumps more than MAE when one prediction is far off', () => {
    const oneFarOff = deliveryPredictions.map((p, i) => (i === 5 ? { ...p, predicted: 51 } : p));
    // The last error becomes 24 minutes: MAE 35/6, RMSE √(603/6).
    expect(mae(oneFarOff)).toBeCloseTo(35 / 6, 12);
    expect(rmse(oneFarOff)).toBeCloseTo(Math.sqrt(603 / 6), 12);
    expect(rmse(oneFarOff) / rmse(deliveryPredictions)).toBeGreaterThan(
      mae(oneFarOff) / mae(deliveryPredictions),
    );
  });

  it('are equal when every error has the same size, and zero for perfect predictions', () => {
    const same = [
      { actual: 10, predicted: 13 },
      { actual: 20, predicted: 17 },
    ];
    expect(mae(same)).toBe(3);
    expect(rmse(same)).toBe(3);
    expect(rmse([{ actual: 5, predicted: 5 }])).toBe(0);
  });
});
