import { describe, expect, it } from 'vitest';
import { cardState, isDue } from './review-card';
import { scheduleAnswer } from './review-schedule';

const minute = 60 * 1000;
const day = 24 * 60 * minute;
const start = Date.UTC(2026, 11, 1);

describe('spaced review with FSRS', () => {
  it('makes a missed question due at once and a known one two days later', () => {
    const missed = scheduleAnswer(undefined, undefined, false, start);
    expect(missed.due).toBe(start);
    expect(missed.state).toBe(cardState.learning);
    const known = scheduleAnswer(undefined, undefined, true, start);
    expect(known.state).toBe(cardState.review);
    expect(known.due).toBe(start + 2 * day);
    expect(isDue(known, start + 2 * day - 1)).toBe(false);
    expect(isDue(known, start + 2 * day)).toBe(true);
  });

  it('waits longer after each right answer, and starts short again after a miss', () => {
    let card = scheduleAnswer(undefined, undefined, true, start);
    let answeredAt = start;
    const waits: number[] = [];
    for (let answer = 0; answer < 4; answer++) {
      const now = card.due;
      card = scheduleAnswer(card, answeredAt, true, now);
      answeredAt = now;
      waits.push(card.due - now);
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[0]).toBeGreaterThan(7 * day);
    const lapsed = scheduleAnswer(card, answeredAt, false, card.due);
    expect(lapsed).toMatchObject({ state: cardState.relearning, lapses: 1, due: card.due });
    expect(lapsed.stability).toBeLessThan(card.stability);
  });

  it('gives the same dates for the same answers', () => {
    const first = scheduleAnswer(undefined, undefined, true, start);
    expect(scheduleAnswer(first, start, true, first.due)).toEqual(
      scheduleAnswer(first, start, true, first.due),
    );
  });
});

describe('the waits the practice page states', () => {
  const days = (from: number, to: number) => Math.round((to - from) / day);
  it('are 2, 11 and 46 days for right answers on the due date, and 1 day for a right retry after a miss', () => {
    let card = scheduleAnswer(undefined, undefined, true, start);
    let answeredAt = start;
    const waits = [days(start, card.due)];
    for (let answer = 0; answer < 2; answer++) {
      const now = card.due;
      card = scheduleAnswer(card, answeredAt, true, now);
      answeredAt = now;
      waits.push(days(now, card.due));
    }
    expect(waits).toEqual([2, 11, 46]);
    const missed = scheduleAnswer(undefined, undefined, false, start);
    expect(days(start, scheduleAnswer(missed, start, true, start).due)).toBe(1);
  });
});
