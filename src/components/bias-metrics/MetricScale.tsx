import { decimal } from '../../lib/decimal';

interface MetricScaleProps {
  id: string;
  label: string;
  value: number | undefined;
  meaning: string;
}

const width = 300;
const left = 16;
const right = 284;
const x = (value: number) => left + ((value + 1) / 2) * (right - left);

/** A metric on its −1 to 1 scale, with the value marked and what it means underneath. */
export function MetricScale({ id, label, value, meaning }: MetricScaleProps) {
  return (
    <figure class="bm-scale">
      <svg class="island-chart" viewBox={`0 0 ${width} 56`} role="img" aria-labelledby={id}>
        <line x1={left} x2={right} y1={20} y2={20} class="bm-axis" />
        {[-1, 0, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={12} y2={28} class="bm-axis" />
            <text x={x(tick)} y={48} class="island-chart-text bm-tick">
              {tick === -1 ? '−1' : tick}
            </text>
          </g>
        ))}
        {value !== undefined && <circle cx={x(value)} cy={20} r={7} class="bm-marker" />}
      </svg>
      <figcaption id={id}>
        <strong>
          {label} = {decimal(value)}
        </strong>{' '}
        {meaning}
      </figcaption>
    </figure>
  );
}
