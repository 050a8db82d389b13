import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  balancedExamples,
  deliveryPredictions,
  imbalancedExamples,
  startThreshold,
} from '../../data/threshold-examples';
import { decimal } from '../../lib/decimal';
import {
  auc,
  confusion,
  metrics,
  rocCurve,
  rocPoint,
  thresholdFor,
  type Goal,
} from '../../lib/threshold/metrics';
import { mae, rmse } from '../../lib/threshold/regression';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { MetricTables } from './MetricTables';
import { RegressionErrors } from './RegressionErrors';
import { RocChart } from './RocChart';
import { ScoreStrip } from './ScoreStrip';
import '../../styles/island.css';
import '../../styles/explainer.css';
import './threshold-explorer.css';

/** The exam's three goals, in its words, each with the metric it maximises. */
const goals: { goal: Goal; name: string }[] = [
  { goal: 'recall', name: 'Catch every fraud (recall)' },
  { goal: 'precision', name: 'Don’t block good customers (precision)' },
  { goal: 'f1', name: 'Balanced (F1)' },
];

export default function ThresholdExplorerIsland() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [threshold, setThreshold] = useState(startThreshold);
  const [imbalanced, setImbalanced] = useState(false);
  const [predictions, setPredictions] = useState(deliveryPredictions);
  const examples = imbalanced ? imbalancedExamples : balancedExamples;
  const curve = rocCurve(examples);
  const counts = confusion(examples, threshold);

  /** Applies a threshold; `gradual` (a drag or the slider) waits for a pause before speaking. */
  function update(next: number, nextExamples = examples, gradual = false, prefix = '') {
    setThreshold(next);
    const now = confusion(nextExamples, next);
    const { accuracy, precision, recall } = metrics(now);
    announce(
      `${prefix}Threshold ${next.toFixed(2)}: ${now.tp} fraud caught, ${now.fn} missed, ${now.fp} false alarms. ` +
        `Accuracy ${decimal(accuracy)}, precision ${decimal(precision)}, recall ${decimal(recall)}.`,
      gradual,
    );
  }

  function moveLast(predicted: number) {
    const next = predictions.map((p, i) => (i === predictions.length - 1 ? { ...p, predicted } : p));
    setPredictions(next);
    announce(`MAE ${decimal(mae(next), 1)} minutes, RMSE ${decimal(rmse(next), 1)} minutes.`, true);
  }

  return (
    <div class="island threshold-explorer not-content">
      <h3>Move the threshold</h3>
      {hydrated ? (
        <div class="te-controls" data-pagefind-ignore>
          <div class="island-presets" role="group" aria-label="Set the threshold for a goal">
            {goals.map(({ goal, name }) => {
              const best = thresholdFor(examples, goal);
              return (
                <button
                  key={goal}
                  type="button"
                  aria-pressed={threshold === best}
                  onClick={() => update(best, examples, false, `${name}. `)}
                >
                  {name}
                </button>
              );
            })}
          </div>
          <label class="island-check">
            <input
              type="checkbox"
              checked={imbalanced}
              onChange={(event: TargetedEvent<HTMLInputElement>) => {
                const next = event.currentTarget.checked;
                setImbalanced(next);
                update(
                  threshold,
                  next ? imbalancedExamples : balancedExamples,
                  false,
                  next ? 'Imbalanced data: 2 frauds in 40. ' : 'Balanced data: 10 frauds in 30. ',
                );
              }}
            />
            Imbalanced data: 2 frauds in 40 transactions
          </label>
          <div class="island-slider">
            <label for="te-threshold">Threshold</label>
            <input
              id="te-threshold"
              type="range"
              min={0}
              max={100}
              value={Math.round(threshold * 100)}
              aria-valuetext={threshold.toFixed(2)}
              onInput={(event: TargetedEvent<HTMLInputElement>) =>
                update(Number(event.currentTarget.value) / 100, examples, true)
              }
            />
            <output for="te-threshold">{threshold.toFixed(2)}</output>
          </div>
        </div>
      ) : (
        <p class="island-note" data-pagefind-ignore>
          A worked example at a threshold of 0.5. With JavaScript you can move the threshold (slider, arrow
          keys, or press and drag along the chart), jump to the exam’s goals and switch to imbalanced data.
        </p>
      )}
      <ScoreStrip
        examples={examples}
        threshold={threshold}
        onThreshold={hydrated ? (t) => update(t, examples, true) : undefined}
      />
      <MetricTables counts={counts} threshold={threshold} />
      <RocChart curve={curve} current={rocPoint(examples, threshold)} area={auc(curve)} />
      <p>
        The AUC does not move with the threshold: it sums the whole curve, every threshold at once, so it
        measures how well the scores rank fraud above legitimate transactions. That is why it compares models,
        while precision, recall and F1 judge one threshold.
        {imbalanced &&
          ' With 2 frauds in 40, flagging nothing is already 95% accurate: read recall, precision or F1 instead.'}
      </p>
      <h3>Regression: one prediction far off</h3>
      <p>
        RMSE squares each error before averaging, so one large miss weighs far more than in MAE.
        {hydrated && ' Move the last prediction away from 27 minutes and compare the two.'}
      </p>
      <RegressionErrors predictions={predictions} onMove={hydrated ? moveLast : undefined} />
      <LiveRegion message={message} />
    </div>
  );
}
