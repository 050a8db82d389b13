import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../data/questions/types';
import { keyPlacements, keyPositionProblems, nearStartProblems } from './key-positions';
import { farOrder, isFarFromAnswer, optionOrders, orderOf } from './option-order';
import { fixtures, multiple, ordering, single } from './test-fixtures';

/** `count` copies of a fixture with their own ids, as a bank to balance. */
function copies<T extends Question>(question: T, count: number): T[] {
  return Array.from({ length: count }, (_, index) => ({ ...question, id: `${question.id}-${index}` }));
}

describe('option orders', () => {
  it('show every option once, the same for the same question whatever the bank order', () => {
    const orders = optionOrders(fixtures);
    for (const question of fixtures) {
      const order = orderOf(question, orders);
      const size =
        question.format === 'ordering'
          ? question.items.length
          : question.format === 'matching'
            ? question.pairs.length
            : question.options.length;
      expect([...order].sort()).toEqual(Array.from({ length: size }, (_, index) => index));
    }
    expect(optionOrders([...fixtures].reverse())).toEqual(orders);
  });

  it('spread single-answer keys evenly over A to D across a bank, and multiple-response keys too', () => {
    const bank = [...copies(single, 40), ...copies(multiple, 25)];
    const placements = keyPlacements(bank, optionOrders(bank));
    for (let position = 0; position < 4; position++) {
      expect(placements.filter((p) => p.format === 'single' && p.keys[0] === position)).toHaveLength(10);
    }
    for (let position = 0; position < 5; position++) {
      expect(placements.filter((p) => p.format === 'multiple' && p.keys.includes(position))).toHaveLength(10);
    }
    expect(keyPositionProblems(placements)).toEqual([]);
  });

  it('report, naming the questions, a bank whose keys sit first (as the data lists them)', () => {
    const bank = [...copies(single, 8), ...copies(multiple, 4)];
    const asWritten = Object.fromEntries(
      bank.map((question) => [question.id, question.options.map((_, index) => index)]),
    );
    const problems = keyPositionProblems(keyPlacements(bank, asWritten));
    expect(problems).toContain(
      `single answer: B holds the key in 100 % of 8 questions (${bank
        .slice(0, 8)
        .map((question) => question.id)
        .join(', ')})`,
    );
    expect(problems).toContain('single answer: A holds the key in 0 % of 8 questions');
    expect(problems.some((problem) => problem.startsWith('multiple response: A holds a key in 4'))).toBe(
      true,
    );
    expect(nearStartProblems([ordering], { [ordering.id]: [1, 2, 0] })).toEqual([
      `${ordering.id}: starts near its answer order (1, 2, 0)`,
    ]);
  });

  it('start ordering items far from the answer: never rotated by one, half the pairs the wrong way', () => {
    expect(isFarFromAnswer([1, 2, 3, 0])).toBe(false);
    expect(isFarFromAnswer([3, 0, 1, 2])).toBe(false);
    expect(isFarFromAnswer([0, 2, 1])).toBe(false);
    expect(isFarFromAnswer([2, 1, 0])).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), fc.nat(), (count, seed) => {
        const order = farOrder(count, seed);
        expect([...order].sort()).toEqual(Array.from({ length: count }, (_, index) => index));
        expect(isFarFromAnswer(order)).toBe(true);
      }),
    );
  });

  it('give an ordering question answered again another far start when there is one', () => {
    const four = { ...ordering, items: [...ordering.items, { text: 'Deploy', why: 'Last.' }] };
    const orders = optionOrders([four]);
    const starts = [0, 1, 2, 3].map((attempt) => orderOf(four, orders, attempt).join());
    expect(new Set(starts).size).toBeGreaterThan(1);
  });
});
