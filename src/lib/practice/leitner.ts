/**
 * Spaced review with Leitner boxes. A new question counts as in box 1; every answered question sits
 * in one of five boxes. A right answer moves it up one box, a wrong one sends it back to box 1. A question is due again once
 * its box's interval has passed since the last answer: box 1 at once, then 1, 3, 7 and 14 days.
 * So missed questions come back in the next review, and well-known ones rarely.
 * The practice page explains the same rule to readers (keep the two in step).
 */
export const boxIntervalDays = [0, 1, 3, 7, 14] as const;
export const boxCount = boxIntervalDays.length;
const dayMs = 24 * 60 * 60 * 1000;

/** The box after an answer: one up when right (at most the last), box 1 when wrong. */
export function nextBox(box: number | undefined, correct: boolean): number {
  if (!correct) return 1;
  return Math.min((box ?? 1) + 1, boxCount);
}

/** When a question in `box`, last answered at `answeredAt` (ms), is due for review again. */
export function dueAt(box: number, answeredAt: number): number {
  return answeredAt + boxIntervalDays[Math.min(Math.max(box, 1), boxCount) - 1] * dayMs;
}

export function isDue(box: number, answeredAt: number, now: number): boolean {
  return dueAt(box, answeredAt) <= now;
}
