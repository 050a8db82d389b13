import type { Question } from '../../data/questions/types';
import { seededShuffle } from '../reorder';

/**
 * The order in which readers see a question's options, ordering items or matching answers, as
 * indices into the data's list. The data lists the key first (it is easier to write that way), so
 * every view must use these orders: the Check yourself island, the no-JS questions, the printed
 * set, the sessions, the mock and the CSV all show the same letters for the same question.
 */
export type OptionOrders = Readonly<Record<string, readonly number[]>>;

/** A question's seed, from its id, so the server render and the browser agree. */
export function questionSeed(id: string): number {
  let seed = 7;
  for (let i = 0; i < id.length; i++) seed = (seed * 31 + id.charCodeAt(i)) >>> 0;
  return seed;
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * The display order of every question of a bank. Choice questions are balanced over the whole
 * bank, not just hashed: taken in an order fixed by their ids, each puts its keys on the positions
 * that have held the fewest keys so far among questions with as many options (ties broken by the
 * question's own seed), so each position holds the key about equally often. Ordering items and
 * matching answers start far from their answer order (farOrder).
 */
export function optionOrders(questions: readonly Question[]): OptionOrders {
  const orders: Record<string, readonly number[]> = {};
  const keysAt = new Map<string, number[]>();
  const byId = [...questions].sort(
    (a, b) => questionSeed(a.id) - questionSeed(b.id) || a.id.localeCompare(b.id),
  );
  for (const question of byId) {
    const seed = questionSeed(question.id);
    if (question.format === 'ordering') orders[question.id] = farOrder(question.items.length, seed);
    else if (question.format === 'matching') orders[question.id] = farOrder(question.pairs.length, seed);
    else {
      const count = question.options.length;
      const group = `${question.format}-${count}`;
      const counts = keysAt.get(group) ?? range(count).map(() => 0);
      keysAt.set(group, counts);
      const keys = question.options.flatMap((option, index) => (option.correct ? [index] : []));
      const others = question.options.flatMap((option, index) => (option.correct ? [] : [index]));
      // A stable sort keeps the seeded shuffle among positions with equal counts.
      const fewest = seededShuffle(range(count), seed).sort((a, b) => counts[a] - counts[b]);
      const keyPositions = new Set(fewest.slice(0, keys.length));
      for (const position of keyPositions) counts[position]++;
      const shuffledKeys = seededShuffle(keys, seed);
      const shuffledOthers = seededShuffle(others, seed + 1);
      let nextKey = 0;
      let nextOther = 0;
      orders[question.id] = range(count).map((position) =>
        keyPositions.has(position) ? shuffledKeys[nextKey++] : shuffledOthers[nextOther++],
      );
    }
  }
  return orders;
}

/** The number of pairs a list shows in the wrong order (0 when in order; n(n-1)/2 when reversed). */
export function inversions(order: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < order.length; i++)
    for (let j = i + 1; j < order.length; j++) if (order[i] > order[j]) count++;
  return count;
}

/**
 * Whether a start order is far from the answer order: no two items already next to each other in
 * their right order (so never the answer rotated by one), and at least half of all pairs the wrong
 * way round. With three items only the reverse order qualifies.
 */
export function isFarFromAnswer(order: readonly number[]): boolean {
  const pairs = (order.length * (order.length - 1)) / 2;
  const adjacentInOrder = order.some((item, at) => at > 0 && order[at - 1] === item - 1);
  return order.length < 2 || (!adjacentInOrder && inversions(order) >= pairs / 2);
}

const farOrdersByCount = new Map<number, number[][]>();

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, at) =>
    permutations([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]),
  );
}

/** One of the orders of `count` items that are far from the answer order (isFarFromAnswer), by seed. */
export function farOrder(count: number, seed: number): number[] {
  let far = farOrdersByCount.get(count);
  if (!far) {
    far = permutations(range(count)).filter(isFarFromAnswer);
    farOrdersByCount.set(count, far);
  }
  return [...far[(seed >>> 0) % far.length]];
}

/**
 * The order to show `question` in: its bank order, or for an ordering question answered again
 * (`attempt` > 0) another order far from the answer. A question missing from `orders` (not part of
 * the bank they were computed for) gets an order of its own.
 */
export function orderOf(question: Question, orders: OptionOrders, attempt = 0): readonly number[] {
  if (question.format === 'ordering' && attempt > 0)
    return farOrder(question.items.length, questionSeed(question.id) + attempt);
  return orders[question.id] ?? optionOrders([question])[question.id];
}

/** The orders of some questions of a bank, for an island that shows only those. */
export function ordersOf(orders: OptionOrders, questions: readonly Question[]): OptionOrders {
  return Object.fromEntries(questions.map((question) => [question.id, orders[question.id]]));
}
