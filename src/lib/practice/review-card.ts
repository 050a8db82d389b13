// The spaced-review state of one question as the browser stores it: an FSRS card (the scheduler
// Anki uses by default, via ts-fsrs) in plain numbers. No import of ts-fsrs here, so reading
// progress (the sidebar markers on every page) never loads the scheduler; see review-schedule.ts.

/** FSRS card states, numbered as ts-fsrs numbers them. */
export const cardState = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

export interface ReviewCard {
  /** When the question is due again, in ms since 1970. */
  due: number;
  /** Days until the chance of recalling it falls to 90 %. */
  stability: number;
  /** 1 (easy) to 10 (hard). */
  difficulty: number;
  reps: number;
  lapses: number;
  state: (typeof cardState)[keyof typeof cardState];
  /** Which learning or relearning step the card is on. */
  learningSteps: number;
  /** Days from the latest answer to `due`. */
  scheduledDays: number;
}

export function isDue(card: ReviewCard, now: number): boolean {
  return card.due <= now;
}

const dayMs = 24 * 60 * 60 * 1000;
/** The five Leitner boxes' waits in days that progress stored before FSRS was scheduled by. */
const leitnerWaitDays = [0, 1, 3, 7, 14] as const;
/** FSRS's default initial difficulty after a right (Good) first answer, and after a wrong (Again) one. */
const difficultyAfterRight = 2.12;
const difficultyAfterWrong = 6.41;

/**
 * The FSRS card for progress stored by the Leitner boxes: it keeps the question's due date, its
 * answer counts and its last result; the memory state is estimated from the box (a box's wait was
 * the time the question was expected to stay recalled, which is what FSRS calls stability).
 */
export function cardFromLeitner(
  box: number,
  answeredAt: number,
  lastCorrect: boolean,
  attempts: number,
  correctAttempts: number,
): ReviewCard {
  const wait = leitnerWaitDays[Math.min(Math.max(box, 1), leitnerWaitDays.length) - 1];
  return {
    due: answeredAt + wait * dayMs,
    stability: Math.max(wait, 0.21),
    difficulty: lastCorrect ? difficultyAfterRight : difficultyAfterWrong,
    reps: attempts,
    lapses: attempts - correctAttempts,
    state: wait === 0 ? cardState.relearning : cardState.review,
    learningSteps: 0,
    scheduledDays: wait,
  };
}
