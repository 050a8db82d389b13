import type { Answerable } from '../../data/questions/types';
import { examDomains, examFacts } from '../../data/exam-guide';
import { seededShuffle } from '../reorder';
import { domainOf } from './progress';
import { questionUnits } from './question-units';

/**
 * How many of `count` questions each exam domain gets, in examDomains' order: its exam-guide
 * weight (20/24/28/14/14 %) by largest remainder, never more than the bank holds (`available`,
 * in the same order); what a domain cannot fill goes to the others by weight.
 */
export function domainQuotas(available: readonly number[], count: number): number[] {
  const quotas = examDomains.map(() => 0);
  let left = Math.min(
    count,
    available.reduce((sum, n) => sum + n, 0),
  );
  while (left > 0) {
    const open = examDomains.flatMap((_domain, at) => (available[at] > quotas[at] ? [at] : []));
    const weight = open.reduce((sum, at) => sum + examDomains[at].weight, 0);
    const shares = open.map((at) => ({ at, exact: (left * examDomains[at].weight) / weight }));
    let given = 0;
    for (const { at, exact } of shares) {
      const whole = Math.min(Math.floor(exact), available[at] - quotas[at]);
      quotas[at] += whole;
      given += whole;
    }
    // The largest remainders take one more each while some are left to give.
    for (const { at } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.at - b.at)) {
      if (given >= left) break;
      if (available[at] > quotas[at]) {
        quotas[at]++;
        given++;
      }
    }
    left -= given;
  }
  return quotas;
}

/**
 * A mock of up to `count` questions in the exam's scope, drawn by domain weight (domainQuotas)
 * and shuffled by `seed`. A case study comes whole, its questions together and in order, when
 * every domain it touches has room; only when the quotas cannot be met otherwise does part of
 * one fill them (still together).
 */
export function drawMock<Q extends Answerable>(questions: readonly Q[], count: number, seed: number): Q[] {
  const pool = questions.filter((question) => question.scope === 'exam');
  if (pool.length === 0) return [];
  const domainAt = (question: Q) => examDomains.findIndex((domain) => domain.number === domainOf(question));
  const room = domainQuotas(
    examDomains.map((_domain, at) => pool.filter((question) => domainAt(question) === at).length),
    count,
  );
  const units = seededShuffle(questionUnits(pool), seed);
  const drawn = new Map<Q[], Q[]>();
  const fits = (unit: Q[]) =>
    room.every((left, at) => unit.filter((question) => domainAt(question) === at).length <= left);
  // Whole units first, then (only if a quota is still open) the questions that fit of the rest.
  for (const whole of [true, false]) {
    for (const unit of units) {
      if (drawn.has(unit) || (whole && !fits(unit))) continue;
      const part = unit.filter((question) => {
        const at = domainAt(question);
        if (room[at] === 0) return false;
        room[at]--;
        return true;
      });
      if (part.length > 0) drawn.set(unit, part);
    }
  }
  return units.flatMap((unit) => drawn.get(unit) ?? []);
}

export const lowestScore = 100;

/**
 * An estimate on the exam's reporting scale (100 to 1,000, 700 to pass): a straight line from 100
 * for none right to 1,000 for all right. AWS does not publish how it scales, and weighs questions
 * this bank cannot know, so the page calls it an estimate.
 */
export function scaledEstimate(correct: number, asked: number): number {
  if (asked === 0) return lowestScore;
  return Math.round(lowestScore + ((examFacts.maxScore - lowestScore) * correct) / asked);
}

/** "13 minutes 51 seconds": a countdown in words, for its accessible name (not a time of day). */
export function clockWords(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  const parts: [number, string][] = [
    [Math.floor(safe / 3600), 'hour'],
    [Math.floor((safe % 3600) / 60), 'minute'],
    [safe % 60, 'second'],
  ];
  const said = parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}${value === 1 ? '' : 's'}`);
  return said.length > 0 ? said.join(' ') : '0 seconds';
}
