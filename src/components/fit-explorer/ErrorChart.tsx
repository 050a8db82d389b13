import type { DegreeErrors, Fit } from '../../lib/fit/complexity';
import { errorFrame, errorY } from './error-scale';

interface ErrorChartProps {
  errors: readonly DegreeErrors[];
  fits: readonly Fit[];
  degree: number;
}

const { width, height, left, right, bottom } = errorFrame;
// Room above the lines for the chart's labels.
const top = 44;
const py = (error: number) => errorY(error, top);

/**
 * Training and validation error against the degree (log scale), the current degree marked and
 * the regions named. The table beside it gives every value as text.
 */
export function ErrorChart({ errors, fits, degree }: ErrorChartProps) {
  const step = (right - left) / (errors.length - 1);
  const px = (d: number) => left + (d - 1) * step;
  const line = (key: 'train' | 'validation') =>
    errors.map((row) => `${px(row.degree)},${py(row[key])}`).join(' ');
  // Neighbouring region names sit on alternate rows, so a narrow region's name never overlaps.
  const regions = (['underfitting', 'good fit', 'overfitting'] as const).flatMap((fit) => {
    const degrees = errors.filter((_, i) => fits[i] === fit).map((row) => row.degree);
    return degrees.length ? [{ fit, at: px((degrees[0] + degrees[degrees.length - 1]) / 2) }] : [];
  });
  return (
    <svg class="island-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {regions.map(({ fit, at }, index) => (
        <text
          key={fit}
          x={Math.min(right - 40, Math.max(left + 40, at))}
          y={index % 2 ? 32 : 14}
          class="island-chart-text fe-middle"
        >
          {fit}
        </text>
      ))}
      <line x1={px(degree)} x2={px(degree)} y1={top - 6} y2={bottom} class="fe-current" />
      <polyline points={line('train')} class="fe-line fe-line-train" />
      <polyline points={line('validation')} class="fe-line fe-line-validation" />
      <text x={left} y={height - 8} class="island-chart-text">
        degree 1
      </text>
      <text x={right} y={height - 8} class="island-chart-text fe-end">
        10
      </text>
    </svg>
  );
}
