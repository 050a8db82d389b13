// Recording an answer loads the FSRS scheduler; islands import this module on the first answer so
// a topic page's JavaScript does not carry it (see useProgress).
import type { Question } from '../../data/questions/types';
import { questionHash } from './content-hash';
import { currentRecord } from './progress';
import { scheduleAnswer } from './review-schedule';
import type { Progress } from './storage';

/** The progress after answering `question` at `now`; a record of an older version starts over. */
export function recordAnswer(
  progress: Progress,
  question: Question,
  correct: boolean,
  now: number,
): Progress {
  const previous = currentRecord(progress, question);
  const next = new Map(progress);
  next.set(question.id, {
    id: question.id,
    hash: questionHash(question),
    card: scheduleAnswer(previous?.card, previous?.answeredAt, correct, now),
    answeredAt: now,
    lastCorrect: correct,
    attempts: (previous?.attempts ?? 0) + 1,
    correctAttempts: (previous?.correctAttempts ?? 0) + (correct ? 1 : 0),
  });
  return next;
}
