import { useState } from 'preact/hooks';
import type { MethodId } from '../../data/customization-methods';
import { checkLadder, practiceRungs, type PracticeFeedback } from '../../lib/ladder/practice';
import { seededShuffle } from '../../lib/reorder';
import type { Announce } from '../sortable/announcer';
import { SortableList } from '../sortable/SortableList';
import type { LadderProps, NameOf } from './CostLadderIsland';

interface PracticeProps extends LadderProps {
  nameOf: NameOf;
  announce: Announce;
}

/** The four classic rungs, shuffled (by a seed, so every render agrees): put them back in order. */
export function Practice({ methods, nameOf, announce }: PracticeProps) {
  const ids = practiceRungs(methods).map((rung) => rung.id);
  const [seed, setSeed] = useState(1);
  const [order, setOrder] = useState(() => seededShuffle(ids, seed));
  const [feedback, setFeedback] = useState<PracticeFeedback>();
  const wrong = new Set(feedback?.wrong.map((entry) => entry.id));

  function reorder(next: MethodId[]) {
    setOrder(next);
    setFeedback(undefined);
  }

  function check() {
    const result = checkLadder(order, methods);
    setFeedback(result);
    announce(
      result.solved
        ? 'Correct: the rungs run from cheapest to most expensive.'
        : `${result.wrong.length} of ${order.length} rungs are in the wrong place; the reasons follow the list.`,
    );
  }

  function shuffle() {
    setSeed(seed + 1);
    reorder(seededShuffle(ids, seed + 1));
    announce('Shuffled. Put the rungs in order again, cheapest first.');
  }

  return (
    <div class="ladder-practice">
      <p>Put the rungs in order, cheapest first, then check.</p>
      <SortableList
        items={order}
        onChange={reorder}
        label={nameOf}
        listLabel="Rungs to order, cheapest first"
        announce={announce}
        itemClass={(id) => feedback && (wrong.has(id) ? 'is-wrong' : 'is-right')}
        render={(id) => (
          <>
            {nameOf(id)}
            {feedback && <span class="mark">{wrong.has(id) ? '✗ Wrong place' : '✓ Right place'}</span>}
          </>
        )}
      />
      <div class="practice-actions">
        <button type="button" onClick={check}>
          Check my order
        </button>
        <button type="button" onClick={shuffle}>
          Shuffle again
        </button>
      </div>
      {feedback &&
        (feedback.solved ? (
          <p class="practice-result is-right">Correct: {ids.map(nameOf).join(', then ')}.</p>
        ) : (
          <ul class="practice-result is-wrong">
            {feedback.wrong.map((entry) => (
              <li key={entry.id}>{entry.text}</li>
            ))}
          </ul>
        ))}
    </div>
  );
}
