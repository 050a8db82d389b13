import type { Answerable } from '../../data/questions/types';
import { findExamTask } from '../../data/exam-guide';
import { hashOf } from './question-key';
import { isDue } from './review-card';
import type { Progress, ProgressRecord } from './storage';

/** The record of the question as it reads today, or undefined when never answered (or since changed). */
export function currentRecord(progress: Progress, question: Answerable): ProgressRecord | undefined {
  const record = progress.get(question.id);
  return record && record.hash === hashOf(question) ? record : undefined;
}

export type QuestionState = 'new' | 'due' | 'known';

/** New (never answered in its current wording), due for review, or known until its next review. */
export function questionState(progress: Progress, question: Answerable, now: number): QuestionState {
  const record = currentRecord(progress, question);
  if (!record) return 'new';
  return isDue(record.card, now) ? 'due' : 'known';
}

export interface Tally {
  total: number;
  answered: number;
  /** Questions whose latest answer was right. */
  correct: number;
  due: number;
}

/** Answered, right and due counts of a group of questions. */
export function tally(progress: Progress, questions: readonly Answerable[], now: number): Tally {
  const result: Tally = { total: questions.length, answered: 0, correct: 0, due: 0 };
  for (const question of questions) {
    const record = currentRecord(progress, question);
    if (!record) continue;
    result.answered++;
    if (record.lastCorrect) result.correct++;
    if (isDue(record.card, now)) result.due++;
  }
  return result;
}

/** Exam domain (1–5) of a question, from its task statement. */
export function domainOf(question: Pick<Answerable, 'id' | 'task'>): number {
  const task = findExamTask(question.task);
  if (!task) throw new Error(`${question.id}: unknown exam task ${question.task}`);
  return task.domain;
}
