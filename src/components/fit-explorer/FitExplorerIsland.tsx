import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { maxDegree, samples, startDegree } from '../../data/fit-samples';
import { errorsByDegree, fitOf, ridgePenalty, trainedModel } from '../../lib/fit/complexity';
import { maxEpochs, milestones, patience, trainByEpochs, type TrainingRun } from '../../lib/fit/epochs';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { EpochChart } from './EpochChart';
import { ErrorChart } from './ErrorChart';
import { ErrorTable } from './ErrorTable';
import { FitChart } from './FitChart';
import '../../styles/island.css';
import '../../styles/explainer.css';
import './fit-explorer.css';

interface Settings {
  degree: number;
  moreData: boolean;
  regularise: boolean;
  earlyStopping: boolean;
}

/** Everything the page shows for a setting, computed from the seeded samples. */
function compute({ degree, moreData, regularise, earlyStopping }: Settings) {
  const train = moreData ? samples.moreTrain : samples.train;
  const training = { lambda: regularise ? ridgePenalty : 0, earlyStopping };
  const errors = errorsByDegree(train, samples.validation, maxDegree, training);
  const fits = errors.map((row) => fitOf(errors, row.degree));
  return {
    train,
    errors,
    fits,
    model: trainedModel(train, samples.validation, degree, training),
    run: trainByEpochs(train, samples.validation, degree, training),
    now: errors[degree - 1],
    verdict: fits[degree - 1],
  };
}

// A run takes up to 20,000 epochs: the render and the announcement of a change share one.
let last: { key: string; value: ReturnType<typeof compute> } | undefined;
function evaluate(settings: Settings) {
  const key = JSON.stringify(settings);
  if (last?.key !== key) last = { key, value: compute(settings) };
  return last.value;
}

const e3 = (value: number) => value.toFixed(3);
const count = (epochs: number) => epochs.toLocaleString('en-US');

/** What the run did, in words: where validation error was lowest and where training ended. */
function runSummary(run: TrainingRun, stopped: boolean) {
  const { best, end } = run;
  return stopped
    ? `Early stopping: validation error was lowest at epoch ${best.epoch} (${e3(best.validation)}) and did not improve for ${patience} more, so training stopped at epoch ${end.epoch} of ${count(maxEpochs)} and kept epoch ${best.epoch}’s model.`
    : `Trained for all ${count(maxEpochs)} epochs: validation error was lowest at epoch ${best.epoch} (${e3(best.validation)}) and ended at ${e3(end.validation)}.`;
}

export default function FitExplorerIsland() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [settings, setSettings] = useState<Settings>({
    degree: startDegree,
    moreData: false,
    regularise: false,
    earlyStopping: false,
  });
  const { train, errors, fits, model, run, now, verdict } = evaluate(settings);
  const summary = `Degree ${settings.degree}: ${verdict}. Training error ${e3(now.train)}, validation error ${e3(now.validation)}.`;

  function update(next: Settings, gradual = false) {
    setSettings(next);
    const result = evaluate(next);
    const epochs =
      next.earlyStopping === settings.earlyStopping ? '' : ` ${runSummary(result.run, next.earlyStopping)}`;
    announce(
      `Degree ${next.degree}: ${result.verdict}. Training error ${e3(result.now.train)}, validation error ${e3(result.now.validation)}.${epochs}`,
      gradual,
    );
  }

  const toggles = [
    {
      key: 'moreData',
      label: `More training data (${samples.moreTrain.length} points instead of ${samples.train.length})`,
    },
    { key: 'regularise', label: 'Regularisation (a ridge penalty on large coefficients)' },
    {
      key: 'earlyStopping',
      label: `Early stopping (stop once validation error has not improved for ${patience} epochs)`,
    },
  ] as const;

  return (
    <div class="island fit-explorer not-content">
      <h3>Change the model’s complexity</h3>
      {hydrated ? (
        <div class="fe-controls" data-pagefind-ignore>
          <div class="island-slider">
            <label for="fe-degree">Polynomial degree (complexity)</label>
            <input
              id="fe-degree"
              type="range"
              min={1}
              max={maxDegree}
              value={settings.degree}
              aria-valuetext={`degree ${settings.degree}, ${verdict}`}
              onInput={(event: TargetedEvent<HTMLInputElement>) =>
                update({ ...settings, degree: Number(event.currentTarget.value) }, true)
              }
            />
            <output for="fe-degree">{settings.degree}</output>
          </div>
          <fieldset class="island-fieldset">
            <legend>Remedies</legend>
            {toggles.map(({ key, label }) => (
              <label key={key} class="island-check">
                <input
                  type="checkbox"
                  checked={settings[key]}
                  onChange={(event: TargetedEvent<HTMLInputElement>) =>
                    update({ ...settings, [key]: event.currentTarget.checked })
                  }
                />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
      ) : (
        <p class="island-note" data-pagefind-ignore>
          A worked example at degree {startDegree}. With JavaScript you can change the degree from 1 to{' '}
          {maxDegree} and turn on more training data, regularisation or early stopping.
        </p>
      )}
      <p class="fe-verdict" data-fit={verdict}>
        <strong>{summary}</strong>
      </p>
      <FitChart
        train={train}
        validation={samples.validation}
        model={model}
        caption={`Filled dots: ${train.length} training points; hollow: ${samples.validation.length} validation points; the line is the degree-${settings.degree} model. ${verdict === 'overfitting' ? 'It bends to pass near every training point: it memorises noise.' : verdict === 'underfitting' ? 'It is too simple to follow the wave.' : 'It follows the wave, not the noise.'}`}
      />
      <ErrorChart errors={errors} fits={fits} degree={settings.degree} />
      <ErrorTable
        caption="Mean squared error by degree (solid line: training; dashed: validation)"
        first="Degree"
        last="Fit"
        rows={errors.map((row, i) => ({
          label: String(row.degree),
          train: row.train,
          validation: row.validation,
          note: fits[i],
          current: row.degree === settings.degree,
        }))}
      />
      <p class="island-note">
        Fewer features is the same move as a lower degree here: each degree adds one feature (x², x³…).
      </p>
      <h3>Train epoch by epoch</h3>
      <p>
        Training rarely jumps to the finished model: it improves it a little at each pass over the training
        data (an epoch). Here each epoch is one gradient-descent step on the degree-{settings.degree} model.
      </p>
      <p class="fe-run">
        <strong>{runSummary(run, settings.earlyStopping)}</strong>
      </p>
      <EpochChart run={run} stopped={settings.earlyStopping} />
      <ErrorTable
        caption={`Mean squared error by epoch, degree ${settings.degree} (solid line: training; dashed: validation; dot: lowest validation error)`}
        first="Epoch"
        last="Note"
        rows={milestones(run).map((row) => ({
          label: count(row.epoch),
          train: row.train,
          validation: row.validation,
          note: [
            row === run.best && 'lowest validation',
            row === run.end && (settings.earlyStopping ? 'stopped' : 'last'),
          ]
            .filter(Boolean)
            .join(', '),
        }))}
      />
      <p class="island-note">
        The rule here watches one training job. Automatic Model Tuning’s early stopping compares jobs instead:
        after each epoch it stops a job whose objective metric is worse than the median of the running
        averages that the tuning job’s earlier jobs reached by the same epoch:{' '}
        <a href="https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-early-stopping.html">
          Stop training jobs early (AWS)
        </a>
        .
      </p>
      <LiveRegion message={message} />
    </div>
  );
}
