import { useState } from 'preact/hooks';
import type { MethodId } from '../../data/customization-methods';
import { compareVerdict, factLabels, methodFacts } from '../../lib/ladder/facts';
import type { LadderProps } from './CostLadderIsland';

/** Any two rungs side by side. */
export function Compare({ methods }: LadderProps) {
  const [pair, setPair] = useState<MethodId[]>(['prompt-engineering', 'rag']);
  const chosen = pair.map((id) => methods.find((method) => method.id === id) ?? methods[0]);
  const pickers = ['First rung', 'Second rung'].map((text, slot) => (
    <label key={text}>
      {text}
      <select
        value={pair[slot]}
        onChange={(event) =>
          setPair(pair.map((id, i) => (i === slot ? (event.currentTarget.value as MethodId) : id)))
        }
      >
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
