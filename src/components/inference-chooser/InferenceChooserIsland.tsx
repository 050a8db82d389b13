import { useEffect, useRef, useState } from 'preact/hooks';
import { inferenceOptions, type InferenceOption, type InferenceOptionId } from '../../data/inference-options';
import { choose, type Choice } from '../../lib/inference/choose';
import { presets } from '../../lib/inference/presets';
import type { Workload } from '../../lib/inference/workload';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { Controls } from './Controls';
import { DecisionRules } from './DecisionRules';
import { Result } from './Result';
import '../../styles/island.css';
import './inference-chooser.css';

/** What the chooser's parts are given: the options, which the island imports rather than takes as props. */
export interface ChooserProps {
  options: readonly InferenceOption[];
}

/** An option's full name by id. */
export type NameOf = (id: InferenceOptionId) => string;

/** What the live region says about a choice: the recommendation, or the closest option. */
function summary(choice: Choice, nameOf: NameOf): string {
  if (choice.recommended) return `Recommended: ${nameOf(choice.recommended)}.`;
  return choice.closest
    ? `Nothing fits all of this. Closest: ${nameOf(choice.closest.id)}.`
    : 'Nothing fits all of this.';
}

/**
 * The options travel in the island's own JavaScript, loaded when it scrolls into view: as props
 * they were 20 KB of every inference page's HTML, repeating what its table already shows.
 */
export default function InferenceChooserIsland() {
  const options = inferenceOptions;
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [workload, setWorkload] = useState<Workload>(presets[0].workload);
  const choice = choose(workload, options);
  const said = useRef(summary(choice, nameOfIn(options)));
  const nameOf = nameOfIn(options);

  /** Applies a change; `gradual` waits for a pause (a slider being dragged or arrowed along). */
  function update(next: Workload, gradual = false, prefix = '') {
    setWorkload(next);
    const text = summary(choose(next, options), nameOf);
    const changed = text !== said.current;
    said.current = text;
    announce(`${prefix}${changed ? 'Changed. ' : ''}${text}`, gradual);
  }

  return (
    <div class="island inference-chooser not-content">
      {hydrated ? (
        <>
          <Controls options={options} workload={workload} onChange={update} />
          <Result options={options} workload={workload} choice={choice} nameOf={nameOf} />
        </>
      ) : (
        <p class="island-note" data-pagefind-ignore>
          With JavaScript, this section lets you describe a workload and see which option fits and why the
          others do not. The rules it applies follow.
        </p>
      )}
      <DecisionRules options={options} nameOf={nameOf} />
      <LiveRegion message={message} />
    </div>
  );
}

function nameOfIn(options: readonly InferenceOption[]): NameOf {
  return (id) => options.find((option) => option.id === id)?.name ?? id;
}
