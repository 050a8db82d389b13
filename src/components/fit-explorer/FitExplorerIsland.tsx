import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { maxDegree, samples, startDegree } from '../../data/fit-samples';
import { errorsByDegree, fitOf, ridgePenalty } from '../../lib/fit/complexity';
import { fit } from '../../lib/fit/polynomial';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { ErrorChart } from './ErrorChart';
import { FitChart } from './FitChart';
import '../../styles/island.css';
import './fit-explorer.css';

interface Settings {
  degree: number;
  moreData: boolean;
  regularise: boolean;
}

/** Everything the page shows for a setting, computed from the seeded samples. */
function evaluate({ degree, moreData, regularise }: Settings) {
  const train = moreData ? samples.moreTrain : samples.train;
  const lambda = regularise ? ridgePenalty : 0;
  const errors = errorsByDegree(train, samples.validation, maxDegree, lambda);
  const fits = errors.map((row) => fitOf(errors, row.degree));
  return {
    train,
    errors,
    fits,
    model: fit(train, degree, lambda),
    now: errors[degree - 1],
    verdict: fits[degree - 1],
  };
}

const e3 = (value: number) => value.toFixed(3);

export default function FitExplorerIsland() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [settings, setSettings] = useState<Settings>({
    degree: startDegree,
    moreData: false,
    regularise: false,
  });
  const { train, errors, fits, model, now, verdict } = evaluate(settings);
  const summary = `Degree ${settings.degree}: ${verdict}. Training error ${e3(now.train)}, validation error ${e3(now.validation)}.`;

  function update(next: Settings, gradual = false) {
    setSettings(next);
    const result = evaluate(next);
    announce(
      `Degree ${next.degree}: ${result.verdict}. Training error ${e3(result.now.train)}, validation error ${e3(result.now.validation)}.`,
      gradual,
    );
  }

  const toggles = [
    {
      key: 'moreData',
      label: `More training data (${samples.moreTrain.length} points instead of ${samples.train.length})`,
    },
    { key: 'regularise', label: 'Regularisation (a ridge penalty on large coefficients)' },
  ] as const;

  return (
    <div class="island fit-explorer not-content">
      <h3>Change the model’s complexity</h3>
      {hydrated ? (
        <div class="fe-controls" data-pagefind-ignore>
          <div class="fe-slider">
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
          <fieldset>
            <legend>Remedies</legend>
            {toggles.map(({ key, label }) => (
              <label key={key}>
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
        <p class="fe-note" data-pagefind-ignore>
          A worked example at degree {startDegree}. With JavaScript you can change the degree from 1 to{' '}
          {maxDegree} and turn on more training data or regularisation.
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
      {/* Soft hyphens let the headers break on a 320 px screen. */}
      <table class="fe-table">
        <caption>Mean squared error by degree (solid line: training; dashed: validation)</caption>
        <thead>
          <tr>
            <th scope="col">Degree</th>
            <th scope="col">Train­ing</th>
            <th scope="col">Vali­dation</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((row, i) => (
            <tr key={row.degree} aria-current={row.degree === settings.degree ? 'true' : undefined}>
              <th scope="row">{row.degree}</th>
              <td>{e3(row.train)}</td>
              <td>{e3(row.validation)}</td>
              <td>{fits[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="fe-note">
        Fewer features is the same move as a lower degree here: each degree adds one feature (x², x³…). Early
        stopping works along training epochs rather than degrees: it ends training where validation error
        stops falling.
      </p>
      <LiveRegion message={message} />
    </div>
  );
}
