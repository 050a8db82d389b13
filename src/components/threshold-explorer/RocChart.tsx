import { decimal } from '../../lib/decimal';
import type { RocPoint } from '../../lib/threshold/metrics';

interface RocChartProps {
  curve: readonly RocPoint[];
  current: RocPoint;
  area: number;
}

const size = 200;
const pad = 28;
const inner = size - 2 * pad;
const at = ({ fpr, tpr }: RocPoint) => `${pad + fpr * inner},${pad + (1 - tpr) * inner}`;

/** The ROC curve with the chance diagonal and the current threshold's point. */
export function RocChart({ curve, current, area }: RocChartProps) {
  const [cx, cy] = at(current).split(',');
  return (
    <figure class="te-figure te-roc">
      <svg class="island-chart" viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby="te-roc-caption">
        <rect x={pad} y={pad} width={inner} height={inner} class="te-frame" />
        <line x1={pad} y1={pad + inner} x2={pad + inner} y2={pad} class="te-chance" />
        <polyline points={curve.map(at).join(' ')} class="te-curve" />
        <circle cx={cx} cy={cy} r={6} class="te-current" />
        <text x={size / 2} y={size - 6} class="island-chart-text te-tick">
          False positive rate
        </text>
        <text x={-size / 2} y={14} transform="rotate(-90)" class="island-chart-text te-tick">
          Recall (TPR)
        </text>
      </svg>
      <figcaption id="te-roc-caption" class="island-note">
        ROC curve, AUC {decimal(area)}. This threshold’s point: false positive rate {decimal(current.fpr)},
        recall {decimal(current.tpr)}. The diagonal is a coin toss (AUC 0.5).
      </figcaption>
    </figure>
  );
}
