import { maxEpochs, type TrainingRun } from '../../lib/fit/epochs';
import { errorFrame, errorY } from './error-scale';

const { width, height, left, right, bottom } = errorFrame;
// Room above the lines for the chart's labels.
const top = 20;
const px = (epoch: number) => left + (Math.log10(epoch) / Math.log10(maxEpochs)) * (right - left);
const py = (error: number) => errorY(error, top);

/**
 * Training and validation error against the epoch (both on log scales), the epoch of the lowest
 * validation error marked and a line where training ended. The table after it gives the values.
 */
export function EpochChart({ run, stopped }: { run: TrainingRun; stopped: boolean }) {
  const line = (key: 'train' | 'validation') =>
    run.curve.map((row) => `${px(row.epoch)},${py(row[key])}`).join(' ');
  const end = px(run.end.epoch);
  return (
    <svg class="island-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <line x1={end} x2={end} y1={top - 6} y2={bottom} class="fe-current" />
      <text
        x={Math.min(right, end + 4)}
        y={12}
        class={end > right - 60 ? 'island-chart-text fe-end' : 'island-chart-text'}
      >
        {stopped ? `stopped at ${run.end.epoch}` : 'end'}
      </text>
      <polyline points={line('train')} class="fe-line fe-line-train" />
      <polyline points={line('validation')} class="fe-line fe-line-validation" />
      <circle cx={px(run.best.epoch)} cy={py(run.best.validation)} r={5} class="fe-best" />
      <text x={left} y={height - 8} class="island-chart-text">
        epoch 1
      </text>
      <text x={px(100)} y={height - 8} class="island-chart-text fe-middle">
        100
      </text>
      <text x={right} y={height - 8} class="island-chart-text fe-end">
        {maxEpochs.toLocaleString('en-US')}
      </text>
    </svg>
  );
}
