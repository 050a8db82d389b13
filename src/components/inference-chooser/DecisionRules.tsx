import {
  checksFor,
  isLimitCheck,
  limitCorrections,
  preferenceOrder,
  preferences,
  traitCorrections,
} from '../../lib/inference/choose';
import type { InferenceOption } from '../../data/inference-options';
import { trafficLabels, type Traffic } from '../../lib/inference/workload';
import type { ChooserProps, NameOf } from './InferenceChooserIsland';
import { SinceTheNotes, SourceLink } from './SourceLink';

/**
 * The chooser's rules as two tables of text: complete without JavaScript. On a phone the rows
 * stack; explicit ARIA table roles keep the table semantics when the display changes. A limit is
 * named once, in the rule it sets; its precise wording and the exam figure are in the comparison
 * table the page shows above, which the rules refer to rather than repeat.
 */
export function DecisionRules({ options, nameOf }: ChooserProps & { nameOf: NameOf }) {
  return (
    <div class="chooser-rules">
      <h3>The rules the chooser applies</h3>
      <table role="table">
        <caption>What rules each option out</caption>
        <tbody role="rowgroup">
          {options.map((option) => (
            <tr key={option.id} role="row">
              <th scope="row" role="rowheader">
                {option.name}
              </th>
              <td role="cell">
                <ul>
                  {checksFor(option).flatMap((check) =>
                    check.rulesOutWhen
                      ? [
                          <li key={check.id}>
                            <strong>{check.rulesOutWhen}.</strong>{' '}
                            {isLimitCheck(check) ? null : `${check.fact} `}
                            <SinceTheNotes since={check.sinceTheNotes} /> <SourceLink source={check.source} />
                          </li>,
                        ]
                      : [],
                  )}
                </ul>
                <Corrections option={option} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table role="table">
        <caption>When several options fit, the exam prefers</caption>
        <tbody role="rowgroup">
          {(Object.keys(preferences) as Traffic[]).map((traffic) => {
            const order = preferenceOrder(traffic, options);
            return (
              <tr key={traffic} role="row">
                <th scope="row" role="rowheader">
                  {trafficLabels[traffic]}
                </th>
                <td role="cell">
                  <strong>{order.map(nameOf).join(', then ')}.</strong> {nameOf(order[0])} first:{' '}
                  {preferences[traffic].why[order[0]]}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What today's documentation corrects or adds to older study material for one option: behaviour in full, and
 * for limits a pointer to the comparison table, which shows the exam figure beside today's.
 */
function Corrections({ option }: { option: InferenceOption }) {
  const notes = traitCorrections(option);
  const limitsDiffer = limitCorrections(option).length > 0;
  if (notes.length === 0 && !limitsDiffer) return null;
  return (
    <>
      <p class="chooser-since">
        <SinceTheNotes since />
      </p>
      <ul>
        {limitsDiffer && (
          <li>
            Older study material rounds a limit differently: the comparison table above gives both figures.
          </li>
        )}
        {notes.map((note) => (
          <li key={note.text}>
            {note.text} <SourceLink source={note.source} />
          </li>
        ))}
      </ul>
    </>
  );
}
