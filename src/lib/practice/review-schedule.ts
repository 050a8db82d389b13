import { Rating, State, createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import type { ReviewCard } from './review-card';

// One learning step: a right answer then waits days (FSRS's default ten-minute second step would
// bring a just-answered question back into "Review what is due" within the hour). No fuzz, so the
// same answers always give the same dates (the page can say when a question comes back).
const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['1m'], relearning_steps: ['1m'] });

/**
 * The card after an answer at `now`: a right first try rates Good, a wrong one Again.
 * `lastAnswer` is when the card was last answered (FSRS measures how long it was remembered).
 */
export function scheduleAnswer(
  card: ReviewCard | undefined,
  lastAnswer: number | undefined,
  correct: boolean,
  now: number,
): ReviewCard {
  const before: Card = card
    ? {
        due: new Date(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: 0,
        scheduled_days: card.scheduledDays,
        learning_steps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        last_review: lastAnswer === undefined ? undefined : new Date(lastAnswer),
      }
    : createEmptyCard(new Date(now));
  const { card: after } = scheduler.next(before, new Date(now), correct ? Rating.Good : Rating.Again);
  const learning = after.state === State.Learning || after.state === State.Relearning;
  return {
    // A missed question is due at once, as it was with the Leitner boxes: the step's minute only
    // matters inside Anki's own queue, and FSRS reads the step index, not this date, next time.
    due: learning ? now : after.due.getTime(),
    stability: after.stability,
    difficulty: after.difficulty,
    reps: after.reps,
    lapses: after.lapses,
    state: after.state as ReviewCard['state'],
    learningSteps: after.learning_steps,
    scheduledDays: after.scheduled_days,
  };
}
