import { maxEpochs, type TrainingRun } from '../../lib/fit/epochs';
import { errorY } from './error-scale';

const width = 300;
const height = 170;
const left = 14;
const right = 286;
const top = 20;
const bottom = 140;
const px = (epoch: number) => left + (Math.log10(epoch) / Math.log10(maxEpochs)) * (right - left);
const py = (error: number) => errorY(error, top, bottom);

/**
 * Training and validation error against the epoch (both on log scales), the epoch of the lowest
 * validation error marked and a line where training ended. The table after it gives the values.
 */
export function EpochChart({ run, stopped }: { run: TrainingRun; stopped: boolean }) {
  const line = (key: 'train' | 'validation') =>
    run.curve.map((row) => `${px(row.epoch)},${py(row[key])}`).join(' ');
  const end = px(run.end.epoch);
  return (
    <svg class="fe-errors" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <line x1={end} x2={end} y1={top - 6} y2={bottom} class="fe-current" />
      <text x={Math.min(right, end + 4)} y={12} class={end > right - 60 ? 'fe-text fe-end' : 'fe-text'}>
        {stopped ? `stopped at ${run.end.epoch}` : 'end'}
      </text>
      <polyline points={line('train')} class="fe-line fe-line-train" />
      <polyline points={line('validation')} class="fe-line fe-line-validation" />
      <circle cx={px(run.best.epoch)} cy={py(run.best.validation)} r={5} class="fe-best" />
      <text x={left} y={height - 8} class="fe-text">
        epoch 1
      </text>
      <text x={px(100)} y={height - 8} class="fe-text fe-middle">
        100
      </text>
      <text x={right} y={height - 8} class="fe-text fe-end">
        {maxEpochs.toLocaleString('en-US')}
      </text>
    </svg>
  );
}
