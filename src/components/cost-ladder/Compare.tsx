import { useState } from 'preact/hooks';
import type { MethodId } from '../../data/customization-methods';
import { compareVerdict, factLabels, methodFacts } from '../../lib/ladder/facts';
import type { Announce } from '../sortable/announcer';
import type { LadderProps } from './CostLadderIsland';

interface CompareProps extends LadderProps {
  announce: Announce;
}

/** Any two rungs side by side; a new pick announces the table's new verdict. */
export function Compare({ methods, announce }: CompareProps) {
  const [pair, setPair] = useState<MethodId[]>(['prompt-engineering', 'rag']);
  const methodOf = (id: MethodId) => methods.find((method) => method.id === id) ?? methods[0];
  const chosen = pair.map(methodOf);

  function pick(slot: number, id: MethodId) {
    const next = pair.map((current, i) => (i === slot ? id : current));
    setPair(next);
    const [first, second] = next.map(methodOf);
    announce(`Comparing ${first.name} with ${second.name}. ${compareVerdict(first, second)}`);
  }

  const pickers = ['First rung', 'Second rung'].map((text, slot) => (
    <label key={text}>
      {text}
      <select value={pair[slot]} onChange={(event) => pick(slot, event.currentTarget.value as MethodId)}>
        {methods.map((method) => (
          <option key={method.id} value={method.id}>
            {method.short}
          </option>
        ))}
      </select>
    </label>
  ));
  const facts = chosen.map((method) => methodFacts(method));
  return (
    <div class="ladder-compare">
      <div class="compare-pickers">{pickers}</div>
      <table>
        <caption>{compareVerdict(chosen[0], chosen[1])}</caption>
        <thead>
          <tr>
            <td />
            {chosen.map((method, slot) => (
              <th key={slot} scope="col">
                {method.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {factLabels().map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {facts.map((list, slot) => (
                <td key={slot}>{list[row].value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
