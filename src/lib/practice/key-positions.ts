import type { Question } from '../../data/questions/types';
import { isFarFromAnswer, orderOf, type OptionOrders } from './option-order';

/**
 * Where a reader sees the key(s) of one choice question: positions counted from 0 (A). Read from
 * the orders, or from a rendered view (the no-JS questions, the printed set, the CSV), so the
 * same check covers what each view really shows.
 */
export interface KeyPlacement {
  id: string;
  format: 'single' | 'multiple';
  optionCount: number;
  keys: number[];
}

/** Each position must hold the key of a single-answer question at least this often, and at most… */
export const singleKeyShare = { min: 0.15, max: 0.35 } as const;
/** …and multiple-response keys must land on each position within this factor of an even spread. */
export const multipleKeySpread = 0.5;

const letter = (index: number) => String.fromCharCode(65 + index);

/** The key placements of a bank's choice questions, in the order each is shown. */
export function keyPlacements(questions: readonly Question[], orders: OptionOrders): KeyPlacement[] {
  return questions.flatMap((question) => {
    if (question.format !== 'single' && question.format !== 'multiple') return [];
    const order = orderOf(question, orders);
    const keys = order.flatMap((index, at) => (question.options[index].correct ? [at] : []));
    return [{ id: question.id, format: question.format, optionCount: order.length, keys }];
  });
}

/**
 * What gives keys away by position, as lines naming the questions: a position holding the key of
 * single-answer questions more (or less) often than singleKeyShare allows, and a position where
 * multiple-response keys pile up (or never land) against an even spread. Empty when balanced.
 */
export function keyPositionProblems(placements: readonly KeyPlacement[]): string[] {
  const problems: string[] = [];
  const singles = placements.filter((placement) => placement.format === 'single');
  for (let position = 0; position < 4 && singles.length > 0; position++) {
    const here = singles.filter((placement) => placement.keys[0] === position);
    const share = here.length / singles.length;
    if (share < singleKeyShare.min || share > singleKeyShare.max) {
      problems.push(
        `single answer: ${letter(position)} holds the key in ${Math.round(share * 100)} % of ${singles.length} questions` +
          (share > singleKeyShare.max ? ` (${here.map((placement) => placement.id).join(', ')})` : ''),
      );
    }
  }
  const multiples = placements.filter((placement) => placement.format === 'multiple');
  const shared = Math.min(...multiples.map((placement) => placement.optionCount));
  for (let position = 0; position < shared; position++) {
    // Expected: each question's keys spread evenly over its options.
    const expected = multiples.reduce((sum, p) => sum + p.keys.length / p.optionCount, 0);
    const here = multiples.filter((placement) => placement.keys.includes(position));
    if (Math.abs(here.length - expected) > expected * multipleKeySpread) {
      problems.push(
        `multiple response: ${letter(position)} holds a key in ${here.length} questions, ${expected.toFixed(1)} expected` +
          (here.length > expected ? ` (${here.map((placement) => placement.id).join(', ')})` : ''),
      );
    }
  }
  return problems;
}

/** Ordering and matching questions whose start order (items or answers) is near the answer order. */
export function nearStartProblems(questions: readonly Question[], orders: OptionOrders): string[] {
  return questions.flatMap((question) =>
    (question.format === 'ordering' || question.format === 'matching') &&
    !isFarFromAnswer(orderOf(question, orders))
      ? [`${question.id}: starts near its answer order (${orderOf(question, orders).join(', ')})`]
      : [],
  );
}
