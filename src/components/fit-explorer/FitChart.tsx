import type { Sample } from '../../data/fit-samples';
import { predict, type Model } from '../../lib/fit/polynomial';

interface FitChartProps {
  train: readonly Sample[];
  validation: readonly Sample[];
  model: Model;
  caption: string;
}

const width = 300;
const height = 180;
const pad = 10;
const yMax = 1.8;
const px = (x: number) => pad + x * (width - 2 * pad);
const py = (y: number) => height / 2 - (Math.max(-yMax, Math.min(yMax, y)) / yMax) * (height / 2 - pad);

/** The samples (training filled, validation hollow) and the fitted curve, clipped to the frame. */
export function FitChart({ train, validation, model, caption }: FitChartProps) {
  const curve = Array.from({ length: 121 }, (_, i) => `${px(i / 120)},${py(predict(model, i / 120))}`);
  return (
    <figure class="fe-figure">
      <svg
        class="island-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="fe-fit-caption"
      >
        <rect x={pad} y={pad} width={width - 2 * pad} height={height - 2 * pad} class="fe-frame" />
        {validation.map((s, i) => (
          <circle key={`v${i}`} cx={px(s.x)} cy={py(s.y)} r={3.5} class="fe-validation" />
        ))}
        {train.map((s, i) => (
          <circle key={`t${i}`} cx={px(s.x)} cy={py(s.y)} r={3.5} class="fe-train" />
        ))}
        <polyline points={curve.join(' ')} class="fe-curve" />
      </svg>
      <figcaption id="fe-fit-caption" class="island-note">
        {caption}
      </figcaption>
    </figure>
  );
}
