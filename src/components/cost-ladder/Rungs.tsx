import type { TargetedKeyboardEvent } from 'preact';
import type { CustomizationMethod, MethodId } from '../../data/customization-methods';
import { methodFacts } from '../../lib/ladder/facts';
import { keyTarget } from '../../lib/reorder';

interface RungsProps {
  methods: readonly CustomizationMethod[];
  /** The rung the "which fits" answers point to, highlighted. */
  fit?: MethodId;
}

/** The keys `keyTarget` knows. */
const navigationKeys = new Set(['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'Home', 'End']);

/**
 * Arrow keys, Home and End move focus between the rungs' "More about" toggles. Any of them is
 * handled even where focus stays put (Home on the first rung), so none also scrolls the page away
 * from the focused toggle.
 */
function moveFocus(event: TargetedKeyboardEvent<HTMLOListElement>) {
  const toggles = [...event.currentTarget.querySelectorAll<HTMLElement>('summary')];
  const index = toggles.indexOf(event.target as HTMLElement);
  if (index < 0 || !navigationKeys.has(event.key)) return;
  event.preventDefault();
  const target = keyTarget(event.key, index, toggles.length);
  if (target !== undefined) toggles[target].focus();
}

/** The ladder itself: an ordered list, cheapest first, complete without JavaScript. */
export function Rungs({ methods, fit }: RungsProps) {
  return (
    <ol
      class="ladder"
      aria-label="Ways to customize a foundation model, cheapest first"
      onKeyDown={moveFocus}
    >
      {methods.map((method) => (
        <li key={method.id} class="rung" data-rung={method.id} data-fit={fit === method.id}>
          <div class="rung-head">
            <span class="rung-step" aria-hidden="true">
              {method.rank}
            </span>
            <h4>{method.name}</h4>
            {method.beyondNotes && <span class="rung-badge">Not in older study material</span>}
            {fit === method.id && <span class="rung-badge is-fit">Fits your case</span>}
          </div>
          <span class="rung-meter" aria-hidden="true">
            {methods.map((other) => (
              <span key={other.id} data-on={other.rank <= method.rank} />
            ))}
          </span>
          <dl class="rung-facts">
            {methodFacts(method).map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <details>
            <summary>More about {method.short}</summary>
            <p>{method.detail}</p>
            <p>
              <strong>Where the cost comes from:</strong> {method.costReason}
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
