import type { TargetedPointerEvent } from 'preact';
import type { ScoredExample } from '../../data/threshold-examples';

interface ScoreStripProps {
  examples: readonly ScoredExample[];
  threshold: number;
  /** Present once hydrated: a press or drag along the axis moves the threshold there. */
  onThreshold?: (threshold: number) => void;
}

// Drawn 300 units wide, about what a 320 px screen gives it, so its 13-unit text stays >= 12 px.
const width = 300;
const left = 12;
const right = 288;
const rows = [
  { fraud: true, label: 'Fraud', y: 34 },
  { fraud: false, label: 'Legitimate', y: 84 },
];
const x = (score: number) => left + score * (right - left);

/**
 * Every transaction as a dot on the 0–1 score axis, fraud above and legitimate below, with the
 * threshold as a line: dots at or right of it are flagged (filled). Pressing or dragging along
 * the chart moves the threshold; the range input is the keyboard's way to do the same.
 */
export function ScoreStrip({ examples, threshold, onThreshold }: ScoreStripProps) {
  function follow(event: TargetedPointerEvent<SVGSVGElement>) {
    const svg = event.currentTarget;
    if (!onThreshold || (event.type === 'pointermove' && !svg.hasPointerCapture(event.pointerId))) return;
    if (event.type === 'pointerdown') svg.setPointerCapture(event.pointerId);
    const box = svg.getBoundingClientRect();
    const score = (((event.clientX - box.left) / box.width) * width - left) / (right - left);
    onThreshold(Math.round(Math.min(1, Math.max(0, score)) * 100) / 100);
  }
  const flagged = examples.filter((example) => example.score >= threshold);
  return (
    <figure class="te-figure">
      <svg
        class={onThreshold ? 'island-chart te-strip te-draggable' : 'island-chart te-strip'}
        viewBox={`0 0 ${width} 132`}
        role="img"
        aria-labelledby="te-strip-caption"
        onPointerDown={follow}
        onPointerMove={follow}
      >
        {rows.map((row) => (
          <g key={row.label}>
            <text x={left} y={row.y - 20} class="island-chart-text">
              {row.label}
            </text>
            <line x1={left} x2={right} y1={row.y} y2={row.y} class="te-axis" />
            {examples
              .filter((example) => example.fraud === row.fraud)
              .map((example, index) => (
                <circle
                  key={index}
                  cx={x(example.score)}
                  cy={row.y + (index % 2 ? 5 : -5)}
                  r={4.5}
                  class={example.score >= threshold ? 'te-dot te-flagged' : 'te-dot'}
                />
              ))}
          </g>
        ))}
        {[0, 0.5, 1].map((tick) => (
          <text key={tick} x={x(tick)} y={124} class="island-chart-text te-tick">
            {tick}
          </text>
        ))}
        <line x1={x(threshold)} x2={x(threshold)} y1={4} y2={106} class="te-threshold" />
      </svg>
      <figcaption id="te-strip-caption" class="island-note">
        Scores from 0 (surely legitimate) to 1 (surely fraud); filled dots are flagged as fraud. At the
        threshold of {threshold.toFixed(2)}, {flagged.length} of {examples.length} transactions are flagged,{' '}
        {flagged.filter((example) => example.fraud).length} of them really fraud.
      </figcaption>
    </figure>
  );
}
