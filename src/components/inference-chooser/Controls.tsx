import type { TargetedEvent } from 'preact';
import { presets } from '../../lib/inference/presets';
import {
  formatDuration,
  formatSize,
  nearestStop,
  payloadStops,
  timeStops,
  trafficLabels,
  wishLabels,
  type Traffic,
  type Wish,
  type Workload,
} from '../../lib/inference/workload';
import type { ChooserProps } from './InferenceChooserIsland';

interface ControlsProps extends ChooserProps {
  workload: Workload;
  onChange: (next: Workload, gradual?: boolean, prefix?: string) => void;
}

const sameWorkload = (a: Workload, b: Workload) =>
  (Object.keys(a) as (keyof Workload)[]).every((key) => a[key] === b[key]);

interface SliderProps {
  id: string;
  label: string;
  hint: string;
  stops: number[];
  value: number;
  format: (value: number) => string;
  onInput: (value: number) => void;
}

/** A range input over fixed stops that reads (and announces) its value with units. */
function Slider({ id, label, hint, stops, value, format, onInput }: SliderProps) {
  const index = nearestStop(stops, value);
  return (
    <div class="chooser-slider">
      <label for={id}>{label}</label>
      <span id={`${id}-hint`} class="island-note">
        {hint}
      </span>
      <div class="chooser-slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={format(stops[index])}
          aria-describedby={`${id}-hint`}
          onInput={(event: TargetedEvent<HTMLInputElement>) =>
            onInput(stops[Number(event.currentTarget.value)])
          }
        />
        {/* Shown, not spoken: an <output> is a live region, so screen readers said each value twice
            (after the slider's own aria-valuetext). */}
        <span class="chooser-value" aria-hidden="true">
          {format(stops[index])}
        </span>
      </div>
    </div>
  );
}

/** Scenario presets and the controls that describe a workload. */
export function Controls({ options, workload, onChange }: ControlsProps) {
  const active = presets.find((preset) => sameWorkload(preset.workload, workload));
  const set = (change: Partial<Workload>, gradual = false) => onChange({ ...workload, ...change }, gradual);
  return (
    <div class="chooser-controls" data-pagefind-ignore>
      <h3 id="chooser-presets">Start from a scenario</h3>
      <div class="chooser-presets island-presets" role="group" aria-labelledby="chooser-presets">
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            aria-pressed={active === preset}
            onClick={() => onChange(preset.workload, false, `${preset.name}. `)}
          >
            {preset.name}
          </button>
        ))}
      </div>
      <p class="island-note">
        {active ? active.scenario : 'Your own workload: no scenario matches these settings.'}
      </p>

      <h3>Describe the workload</h3>
      <Slider
        id="chooser-payload"
        label="Size of one request"
        hint="For a dataset: one record."
        stops={payloadStops(options)}
        value={workload.payloadMB}
        format={formatSize}
        onInput={(payloadMB) => set({ payloadMB }, true)}
      />
      <Slider
        id="chooser-time"
        label="Processing time per request"
        hint="For a dataset: per mini-batch."
        stops={timeStops(options)}
        value={workload.seconds}
        format={formatDuration}
        onInput={(seconds) => set({ seconds }, true)}
      />
      <fieldset class="island-fieldset">
        <legend>Traffic</legend>
        {(Object.keys(trafficLabels) as Traffic[]).map((traffic) => (
          <label key={traffic} class="island-check">
            <input
              type="radio"
              name="chooser-traffic"
              value={traffic}
              checked={workload.traffic === traffic}
              onChange={() => set({ traffic })}
            />
            {trafficLabels[traffic]}
          </label>
        ))}
      </fieldset>
      <fieldset class="island-fieldset">
        <legend>Needs and wishes</legend>
        {(Object.keys(wishLabels) as Wish[]).map((wish) => (
          <label key={wish} class="island-check">
            <input
              type="checkbox"
              checked={workload[wish]}
              onChange={(event) => set({ [wish]: event.currentTarget.checked })}
            />
            {wishLabels[wish]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
