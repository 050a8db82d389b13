import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuilderPipeline } from '../../lib/pipeline/model';
import {
  nextEvent,
  runToEnd,
  startRun,
  type RunSettings,
  type RunState,
} from '../../lib/pipeline/run-simulation';
import type { Finding } from '../../lib/pipeline/rules';
import { allSteps } from '../../lib/pipeline/edit';
import { metricThreshold } from '../../lib/pipeline/placeholders';
import type { Announce } from '../sortable/announcer';

export interface RunControlsProps {
  pipeline: BuilderPipeline;
  findings: readonly Finding[];
  hydrated: boolean;
  announce: Announce;
  /** The run's step statuses by key, or undefined when no run is shown. */
  onStatuses: (statuses: ReadonlyMap<string, string> | undefined) => void;
}

/**
 * The controls of a simulated execution (loaded on first use, with the simulator): step by step or
 * all at once, each event announced, each step's status shown in the list and the graph. The
 * reader sets the metric the Conditions compare, and may make one step fail to see what stops.
 */
export function RunControls({ pipeline, findings, hydrated, announce, onStatuses }: RunControlsProps) {
  const [metric, setMetric] = useState(0.82);
  const [failing, setFailing] = useState('');
  const [state, setState] = useState<RunState>();
  const first = useRef<HTMLInputElement>(null);

  // The reader asked for these controls: keep their place by moving focus into them.
  useEffect(() => first.current?.focus(), []);

  // Any change to the pipeline ends the run shown: it was the run of another pipeline.
  useEffect(() => {
    setState(undefined);
    onStatuses(undefined);
  }, [pipeline]);

  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const steps = allSteps(pipeline).map(({ step }) => step);
  const settings: RunSettings = {
    metric,
    threshold: metricThreshold,
    failing: new Set(failing && steps.some((step) => step.key === failing) ? [failing] : []),
  };

  function show(next: RunState, said: string) {
    setState(next);
    onStatuses(next.statuses);
    announce(said);
  }

  function press(kind: 'next' | 'all') {
    if (kind === 'next') {
      const next = state ? nextEvent(pipeline, settings, state) : startRun(pipeline);
      show(next, next.said);
      return;
    }
    const states = runToEnd(pipeline, settings);
    const end = states[states.length - 1];
    const branches = [...end.taken].map(
      ([key, branch]) => `${steps.find((step) => step.key === key)?.name ?? key} took its ${branch} branch.`,
    );
    show(end, [`Ran to the end: ${states.length - 1} events.`, ...branches, end.said].join(' '));
  }

  const ended = state !== undefined && state.execution !== 'Executing';
  const disabled = !hydrated || errors > 0 || steps.length === 0;
  return (
    <>
      {errors > 0 && (
        <p class="pb-run-blocked">
          SageMaker would refuse this pipeline: fix the problems marked as errors first.
        </p>
      )}
      <div class="pb-run-settings">
        <label>
          Metric the Condition compares (e.g. AUC){' '}
          <input
            ref={first}
            type="number"
            min="0"
            max="1"
            step="0.01"
            value={metric}
            disabled={!hydrated}
            onChange={(event) => {
              const value = Number(event.currentTarget.value);
              if (Number.isFinite(value)) setMetric(value);
            }}
          />
        </label>
        <label>
          Step that fails{' '}
          <select
            value={failing}
            disabled={!hydrated}
            onChange={(event) => setFailing(event.currentTarget.value)}
          >
            <option value="">None</option>
            {steps.map((step) => (
              <option key={step.key} value={step.key}>
                {step.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="pb-run-actions">
        <button type="button" disabled={disabled || ended} onClick={() => press('next')}>
          {state ? 'Next event' : 'Start, step by step'}
        </button>
        <button type="button" disabled={disabled} onClick={() => press('all')}>
          Run to the end
        </button>
        {state && (
          <button
            type="button"
            onClick={() => {
              setState(undefined);
              onStatuses(undefined);
              announce('The simulated run is cleared.');
            }}
          >
            Clear the run
          </button>
        )}
      </div>
      {state && (
        <p class="pb-run-status" data-testid="run-status">
          Execution: <strong>{state.execution}</strong>. {state.said}
        </p>
      )}
    </>
  );
}
