import type { TargetedEvent } from 'preact';
import type { Prediction } from '../../data/threshold-examples';
import { decimal } from '../../lib/decimal';
import { mae, rmse } from '../../lib/threshold/regression';

interface RegressionErrorsProps {
  predictions: readonly Prediction[];
  /** Present once hydrated: moves the last prediction. */
  onMove?: (predicted: number) => void;
}

/** Delivery-time predictions with their errors, MAE and RMSE; the last prediction can be moved. */
export function RegressionErrors({ predictions, onMove }: RegressionErrorsProps) {
  const last = predictions.at(-1) as Prediction;
  return (
    <>
      {onMove && (
        <div class="island-slider">
          <label for="te-last">
            Prediction for order {predictions.length} (really {last.actual} min)
          </label>
          <input
            id="te-last"
            type="range"
            min={0}
            max={90}
            value={last.predicted}
            aria-valuetext={`${last.predicted} minutes`}
            onInput={(event: TargetedEvent<HTMLInputElement>) => onMove(Number(event.currentTarget.value))}
          />
        </div>
      )}
      <table class="island-table">
        <caption>
          Predicted delivery times: MAE {decimal(mae(predictions), 1)} min, RMSE{' '}
          {decimal(rmse(predictions), 1)} min
        </caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Actual</th>
            <th scope="col">Predicted</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {predictions.map(({ actual, predicted }, index) => (
            <tr key={index}>
              <th scope="row">{index + 1}</th>
              <td>{actual}</td>
              <td>{predicted}</td>
              <td>{predicted - actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
