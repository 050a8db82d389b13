import { useEffect, useState } from 'preact/hooks';
import {
  customizationMethods,
  type CustomizationMethod,
  type MethodId,
} from '../../data/customization-methods';
import { recommend, type Answers } from '../../lib/ladder/recommend';
import { LiveRegion, useAnnouncer } from '../sortable/announcer';
import { Compare } from './Compare';
import { Practice } from './Practice';
import { Rungs } from './Rungs';
import { WhichFits } from './WhichFits';
import '../../styles/island.css';
import './cost-ladder.css';

/** What the ladder's parts are given: the methods, which the island imports rather than takes as props. */
export interface LadderProps {
  methods: readonly CustomizationMethod[];
}

/** A rung's display name by id. */
export type NameOf = (id: MethodId) => string;

/**
 * The methods travel in the island's own JavaScript, loaded when it scrolls into view: as props
 * they were 7 KB of the page's HTML, repeating what its customization table already shows.
 */
export default function CostLadderIsland() {
  const methods = customizationMethods;
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [message, announce] = useAnnouncer();
  const [answers, setAnswers] = useState<Answers>();
  const fit = answers && recommend(answers);
  const nameOf: NameOf = (id) => methods.find((method) => method.id === id)?.name ?? id;

  function answer(next: Answers) {
    setAnswers(next);
    announce(`Cheapest fit: ${nameOf(recommend(next).rung)}.`);
  }

  return (
    <div class="island cost-ladder not-content">
      <h3>Explore the rungs</h3>
      <p class="ladder-note">
        Cheapest at the top, most expensive at the bottom: a typical relative order (the exam's rule of
        thumb), not a price list.
      </p>
      <Rungs methods={methods} fit={fit?.rung} />
      {hydrated ? (
        <>
          <h3>Compare two rungs</h3>
          <Compare methods={methods} announce={announce} />
          <h3>Which rung fits my case?</h3>
          <WhichFits answers={answers} onAnswer={answer} fit={fit} nameOf={nameOf} />
          <h3>Practice the order</h3>
          <Practice methods={methods} nameOf={nameOf} announce={announce} />
        </>
      ) : (
        <p class="ladder-note" data-pagefind-ignore>
          With JavaScript, this part of the page also compares two rungs, suggests the rung that fits your
          case and lets you practice the order.
        </p>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
