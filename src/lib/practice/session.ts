import type { Answerable, Question } from '../../data/questions/types';
import { examFacts } from '../../data/exam-guide';
import { seededShuffle } from '../reorder';
import { domainOf, questionState } from './progress';
import { questionUnits, takeUnits } from './question-units';
import type { Progress } from './storage';

/** Which questions a session asks. */
export type SessionFilter =
  | { kind: 'mixed'; topic?: string; domain?: number }
  | { kind: 'beyond' }
  | { kind: 'missed' }
  | { kind: 'due' };

/**
 * The questions of a session, shuffled by `seed` (a case study's questions stay together, in
 * order, and come whole or not at all), at most `count`: mixed (optionally one topic or
 * one domain; in the exam's scope only, as the mock), beyond (the going-deeper and new-account
 * questions the exam does not ask), missed (latest answer wrong, in their current wording) or due
 * (spaced review: the due ones, the longest waiting first). Missed and due take every scope: they
 * are the reader's own answers.
 */
export function pickSession<Q extends Answerable>(
  questions: readonly Q[],
  progress: Progress,
  filter: SessionFilter,
  count: number,
  seed: number,
  now: number,
): Q[] {
  const pool = questions.filter((question) => {
    if (filter.kind === 'beyond') return question.scope !== 'exam';
    if (filter.kind === 'mixed') {
      return (
        question.scope === 'exam' &&
        (!filter.topic || question.topic === filter.topic) &&
        (!filter.domain || domainOf(question) === filter.domain)
      );
    }
    const state = questionState(progress, question, now);
    if (filter.kind === 'due') return state === 'due';
    const record = progress.get(question.id);
    return state !== 'new' && record?.lastCorrect === false;
  });
  // seededShuffle of an empty list yields one undefined item: nothing to shuffle, nothing to ask.
  if (pool.length === 0) return [];
  const shuffled = seededShuffle(questionUnits(pool), seed);
  if (filter.kind === 'due') {
    const waiting = (unit: readonly Q[]) =>
      Math.min(...unit.map((question) => progress.get(question.id)?.answeredAt ?? 0));
    shuffled.sort((a, b) => waiting(a) - waiting(b));
  }
  return takeUnits(shuffled, Math.max(0, count));
}

/** The mock exam's time for `count` questions, at the real exam's pace (90 minutes for 65), in seconds. */
export function mockSeconds(count: number): number {
  return Math.round((count * examFacts.minutes * 60) / examFacts.questions);
}

/** "1:05:09" or "4:07": a countdown as a reader reads it. */
export function clockText(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = String(safe % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export interface DomainScore {
  domain: number;
  asked: number;
  correct: number;
}

/** Score per exam domain of a finished mock (unanswered questions count as wrong), domains in order. */
export function domainReport(asked: readonly Question[], correctIds: ReadonlySet<string>): DomainScore[] {
  const byDomain = new Map<number, DomainScore>();
  for (const question of asked) {
    const domain = domainOf(question);
    const score = byDomain.get(domain) ?? { domain, asked: 0, correct: 0 };
    score.asked++;
    if (correctIds.has(question.id)) score.correct++;
    byDomain.set(domain, score);
  }
  return [...byDomain.values()].sort((a, b) => a.domain - b.domain);
}
