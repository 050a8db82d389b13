/** "Practice the order": checks a reader's ordering of the ladder's rungs and explains mistakes. */
import type { CustomizationMethod, MethodId } from '../../data/customization-methods';
import { misplaced, positionText } from '../reorder';

/** The rungs the notes cover (the ones a reader puts in order), cheapest first. */
export function practiceRungs(methods: readonly CustomizationMethod[]): CustomizationMethod[] {
  return methods.filter((method) => !method.beyondNotes).sort((a, b) => a.rank - b.rank);
}

export interface PracticeFeedback {
  solved: boolean;
  /** One explanation per misplaced rung, in the reader's order. */
  wrong: { id: MethodId; text: string }[];
}

/** Compares `order` (rung ids) with the cheapest-first order of the practice rungs of `methods`. */
export function checkLadder(
  order: readonly MethodId[],
  methods: readonly CustomizationMethod[],
): PracticeFeedback {
  const rungs = practiceRungs(methods);
  const wrong = misplaced(
    order,
    rungs.map((rung) => rung.id),
  ).map(({ item, at, belongs }) => {
    const rung = rungs.find((candidate) => candidate.id === item);
    if (!rung) throw new Error(`"${item}" is not a rung of this ladder`);
    const direction = belongs < at ? 'a cheaper rung' : 'a costlier rung';
    return {
      id: item,
      text: `${rung.name} is at ${positionText(at, order.length)} but belongs at ${positionText(belongs, order.length)} (${direction}). ${rung.costReason}`,
    };
  });
  return { solved: wrong.length === 0, wrong };
}
