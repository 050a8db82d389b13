import type { TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { biasMetricSources, facetNames, loanPresets, type LoanDataset } from '../../data/pretraining-bias';
import { approved, biasReport, ciMeaning, dplMeaning, plainWords } from '../../lib/clarify/pretraining-bias';
import { decimal } from '../../lib/decimal';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { GroupBars } from './GroupBars';
import { MetricScale } from './MetricScale';
import '../../styles/island.css';
import '../../styles/explainer.css';
import './bias-metrics.css';

const sliders = [
  { facet: 'a', key: 'size', max: 1000, step: 10 },
  { facet: 'a', key: 'approvedPercent', max: 100, step: 1 },
  { facet: 'd', key: 'size', max: 1000, step: 10 },
  { facet: 'd', key: 'approvedPercent', max: 100, step: 1 },
] as const;

const same = (x: LoanDataset, y: LoanDataset) => JSON.stringify(x) === JSON.stringify(y);

export default function BiasMetricsIsland() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [data, setData] = useState(loanPresets[0].data);
  const report = biasReport(data);
  const words = plainWords(data, facetNames);

  function update(next: LoanDataset, gradual = false, prefix = '') {
    setData(next);
    const { ci, dpl } = biasReport(next);
    announce(`${prefix}CI ${decimal(ci)}, DPL ${decimal(dpl)}. ${plainWords(next, facetNames)}`, gradual);
  }

  return (
    <div class="island bias-metrics not-content">
      <h3>Set the groups of a loan dataset</h3>
      {hydrated ? (
        <div class="bm-controls" data-pagefind-ignore>
          <div class="bm-presets island-presets" role="group" aria-label="Start from a scenario">
            {loanPresets.map((preset) => (
              <button
                key={preset.id}
                type="button"
                aria-pressed={same(preset.data, data)}
                onClick={() => update(preset.data, false, `${preset.name}. `)}
              >
                {preset.name}
              </button>
            ))}
          </div>
          {sliders.map(({ facet, key, max, step }) => {
            const id = `bm-${facet}-${key}`;
            const value = data[facet][key];
            const text = key === 'size' ? `${value} applicants` : `${value}% approved`;
            return (
              <div class="island-slider" key={id}>
                <label for={id}>
                  {key === 'size'
                    ? `Applicants ${facetNames[facet]} (facet ${facet})`
                    : `Share approved, ${facetNames[facet]}`}
                </label>
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={max}
                  step={step}
                  value={value}
                  aria-valuetext={text}
                  onInput={(event: TargetedEvent<HTMLInputElement>) =>
                    update(
                      { ...data, [facet]: { ...data[facet], [key]: Number(event.currentTarget.value) } },
                      true,
                    )
                  }
                />
                <output for={id}>{text}</output>
              </div>
            );
          })}
        </div>
      ) : (
        <p class="island-note" data-pagefind-ignore>
          A worked example: {loanPresets[0].name.toLowerCase()}. With JavaScript you can set each group’s size
          and approval rate, or start from other scenarios.
        </p>
      )}
      <figure class="bm-figure">
        <GroupBars data={data} names={facetNames} />
        <figcaption class="bm-words">{words}</figcaption>
      </figure>
      <MetricScale id="bm-ci" label="CI" value={report.ci} meaning={ciMeaning(report.ci, facetNames)} />
      <MetricScale id="bm-dpl" label="DPL" value={report.dpl} meaning={dplMeaning(report.dpl, facetNames)} />
      <table class="island-table">
        <caption>How Clarify computes them</caption>
        <tbody>
          <tr>
            <th scope="row">Members</th>
            <td>
              na = {data.a.size}, nd = {data.d.size}
            </td>
          </tr>
          <tr>
            <th scope="row">Approved (label 1)</th>
            <td>
              na(1) = {approved(data.a)}, nd(1) = {approved(data.d)}
            </td>
          </tr>
          <tr>
            <th scope="row">Proportions</th>
            <td>
              qa = {decimal(report.qa)}, qd = {decimal(report.qd)}
            </td>
          </tr>
          {biasMetricSources.map((source) => (
            <tr key={source.abbreviation}>
              <th scope="row">
                <a href={source.url}>{source.name}</a>
              </th>
              <td>
                {source.formula} = {decimal(source.abbreviation === 'CI' ? report.ci : report.dpl)}; range{' '}
                {source.range}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LiveRegion message={message} />
    </div>
  );
}
