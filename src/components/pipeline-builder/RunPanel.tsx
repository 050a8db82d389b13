import { useState } from 'preact/hooks';
import { metricThreshold } from '../../lib/pipeline/placeholders';
import type { RunControlsProps } from './RunControls';
import { useLazyModule } from './useLazyModule';

// The run's controls and the simulator load on first use, so the builder's first load stays small.
const loadControls = () => import('./RunControls');

/**
 * A simulated execution of the pipeline: what it does, and a button that loads its controls.
 */
export function RunPanel(props: RunControlsProps) {
  const [wanted, setWanted] = useState(false);
  const controls = useLazyModule(loadControls, wanted);
  const Controls = controls.module?.RunControls;
  return (
    <section class="pb-run" aria-labelledby="pb-run-heading">
      <h3 id="pb-run-heading">Run (simulated)</h3>
      <p class="pb-hint">
        Walks the graph the way SageMaker Pipelines runs it, with no AWS call: steps whose dependencies
        succeeded start together, a Condition compares a metric you set with {metricThreshold}, and a failing
        step lets the steps running alongside it finish before the execution fails.
      </p>
      {Controls ? (
        <Controls {...props} />
      ) : (
        <button type="button" disabled={!props.hydrated || wanted} onClick={() => setWanted(true)}>
          Set up a simulated run
        </button>
      )}
      {controls.failed && (
        <p class="pb-error">The simulator could not load: check the connection and reload the page.</p>
      )}
    </section>
  );
}
