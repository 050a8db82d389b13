import type { LoanDataset } from '../../data/pretraining-bias';
import { approved } from '../../lib/clarify/pretraining-bias';

interface GroupBarsProps {
  data: LoanDataset;
  names: { a: string; d: string };
}

const width = 300;
const left = 8;
const span = 284;

/**
 * Each group as a bar as long as its share of the applicants, its approved part filled: the
 * longer bar is what CI measures, the filled shares what DPL compares.
 */
export function GroupBars({ data, names }: GroupBarsProps) {
  const total = data.a.size + data.d.size;
  const rows = (['a', 'd'] as const).map((facet, index) => {
    const group = data[facet];
    return {
      facet,
      y: 22 + index * 48,
      length: total === 0 ? 0 : (group.size / total) * span,
      filled: total === 0 ? 0 : (approved(group) / total) * span,
      label: `${names[facet]} (${facet}): ${group.size}, ${approved(group)} approved`,
    };
  });
  return (
    <svg class="island-chart" viewBox={`0 0 ${width} 96`} aria-hidden="true">
      {rows.map((row) => (
        <g key={row.facet}>
          <text x={left} y={row.y - 6} class="island-chart-text">
            {row.label}
          </text>
          <rect x={left} y={row.y} width={row.length} height={16} class="bm-bar" />
          <rect x={left} y={row.y} width={row.filled} height={16} class="bm-approved" />
        </g>
      ))}
    </svg>
  );
}
