import { describe, expect, it } from 'vitest';
import { recordAnswer } from './record-answer';
import { clockText, domainReport, mockSeconds, pickSession } from './session';
import { fixtures, matching, multiple, ordering, single } from './test-fixtures';

const now = Date.UTC(2026, 10, 1);
const day = 24 * 60 * 60 * 1000;

describe('sessions', () => {
  const progress = recordAnswer(
    recordAnswer(new Map(), single, false, now - day),
    multiple,
    true,
    now - 2 * day,
  );

  it('mixes questions of one topic or one domain, or all, up to the count', () => {
    expect(pickSession(fixtures, progress, { kind: 'mixed' }, 10, 1, now)).toHaveLength(4);
    expect(pickSession(fixtures, progress, { kind: 'mixed' }, 2, 1, now)).toHaveLength(2);
    expect(
      pickSession(fixtures, progress, { kind: 'mixed', topic: 'clarify' }, 10, 1, now)
        .map((q) => q.id)
        .sort(),
    ).toEqual([single.id, multiple.id].sort());
    expect(
      pickSession(fixtures, progress, { kind: 'mixed', domain: 1 }, 10, 1, now)
        .map((q) => q.id)
        .sort(),
    ).toEqual([matching.id, ordering.id].sort());
  });

  it('mixes only questions in the scope of the exam; the others have a session of their own', () => {
    const deeper = { ...single, id: 'clarify-fixture-deeper', scope: 'deeper' as const };
    const today = { ...multiple, id: 'clarify-fixture-today', scope: 'today' as const };
    const bank = [...fixtures, deeper, today];
    expect(pickSession(bank, progress, { kind: 'mixed' }, 10, 1, now)).toHaveLength(fixtures.length);
    expect(pickSession(bank, progress, { kind: 'mixed', domain: 4 }, 10, 1, now)).not.toContain(deeper);
    expect(
      pickSession(bank, progress, { kind: 'beyond' }, 10, 1, now)
        .map((q) => q.id)
        .sort(),
    ).toEqual([deeper.id, today.id].sort());
  });

  it('asks only the missed questions, and in review only those due, longest waiting first', () => {
    expect(pickSession(fixtures, progress, { kind: 'missed' }, 10, 1, now)).toEqual([single]);
    expect(pickSession(fixtures, new Map(), { kind: 'missed' }, 10, 1, now)).toEqual([]);
    expect(pickSession(fixtures, new Map(), { kind: 'due' }, 10, 1, now)).toEqual([]);
    // Two days on, the right answer (box 2, one day) is due too, and waited longer.
    expect(pickSession(fixtures, progress, { kind: 'due' }, 10, 1, now + day)).toEqual([multiple, single]);
  });

  it('shuffles by seed: the same seed gives the same session', () => {
    const a = pickSession(fixtures, progress, { kind: 'mixed' }, 4, 7, now);
    expect(pickSession(fixtures, progress, { kind: 'mixed' }, 4, 7, now)).toEqual(a);
    expect(a).not.toEqual(fixtures);
  });
});

describe('mock exam', () => {
  it('gives the exam pace: 90 minutes for 65 questions, scaled', () => {
    expect(mockSeconds(65)).toBe(90 * 60);
    expect(mockSeconds(13)).toBe(18 * 60);
    expect(mockSeconds(10)).toBe(831);
    expect(clockText(831)).toBe('13:51');
    expect(clockText(5400)).toBe('1:30:00');
    expect(clockText(-3)).toBe('0:00');
  });

  it('reports the score per exam domain, unanswered counting as wrong', () => {
    expect(domainReport(fixtures, new Set([single.id, ordering.id]))).toEqual([
      { domain: 1, asked: 2, correct: 1 },
      { domain: 4, asked: 2, correct: 1 },
    ]);
  });
});
