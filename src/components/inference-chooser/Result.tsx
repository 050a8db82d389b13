import type { InferenceOption } from '../../data/inference-options';
import { reason, type Choice } from '../../lib/inference/choose';
import type { Workload } from '../../lib/inference/workload';
import type { ChooserProps, NameOf } from './InferenceChooserIsland';
import { SinceTheNotes, SourceLink } from './SourceLink';

interface ResultProps extends ChooserProps {
  workload: Workload;
  choice: Choice;
  nameOf: NameOf;
}

/** The recommendation, the limits that decide it, and why every other option does or does not fit. */
export function Result({ options, workload, choice, nameOf }: ResultProps) {
  const recommended = options.find((option) => option.id === choice.recommended);
  const ruledOut = choice.verdicts.flatMap(({ id, ruledOutBy }) =>
    ruledOutBy ? [{ id, check: ruledOutBy }] : [],
  );
  return (
    <section
      class={recommended ? 'chooser-result' : 'chooser-result no-fit'}
      aria-labelledby="chooser-result-heading"
    >
      <h3 id="chooser-result-heading">
        {recommended ? `Recommended: ${recommended.name}` : 'Nothing fits all of this'}
      </h3>
      {recommended ? (
        <Decided option={recommended} choice={choice} />
      ) : (
        <p>
          {choice.closest
            ? `Closest: ${nameOf(choice.closest.id)}, if you can give up “${choice.closest.giveUp
                .map((check) => check.rulesOutWhen)
                .join('” and “')}”.`
            : 'A limit or the traffic pattern rules out every option: split the input or the work, or describe the workload again.'}
        </p>
      )}
      {choice.alsoFits.length > 0 && (
        <>
          <h4>Also fits</h4>
          <ul>
            {choice.alsoFits.map((entry) => (
              <li key={entry.id}>
                <strong>{nameOf(entry.id)}.</strong> The exam prefers {recommended?.shortName.toLowerCase()}{' '}
                here: {entry.why}
              </li>
            ))}
          </ul>
        </>
      )}
      {ruledOut.length > 0 && (
        <>
          <h4>Ruled out</h4>
          <ul class="chooser-ruled-out">
            {ruledOut.map(({ id, check }) => (
              <li key={id} data-option={id}>
                <strong>{nameOf(id)}:</strong> {reason(check, workload)} {check.fact}{' '}
                <SinceTheNotes since={check.sinceTheNotes} /> <SourceLink source={check.source} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface DecidedProps {
  option: InferenceOption;
  choice: Choice;
}

function Decided({ option, choice }: DecidedProps) {
  return (
    <>
      <p>Best for: {option.bestFor}.</p>
      <h4>What decides it</h4>
      <ul class="chooser-deciding">
        {choice.deciding.map((check) => (
          <li key={check.id}>
            {check.fact} <SinceTheNotes since={check.sinceTheNotes} /> <SourceLink source={check.source} />
          </li>
        ))}
      </ul>
      {choice.notes.length > 0 && (
        <>
          <h4>Settings, and where AWS today differs from older study material</h4>
          <ul class="chooser-notes">
            {choice.notes.map((note) => (
              <li key={note.text}>
                {note.text} <SinceTheNotes since={note.sinceTheNotes} /> <SourceLink source={note.source} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
