import { describe, expect, it } from 'vitest';
import { questionHash } from './content-hash';
import { isCorrect, incompleteAnswer } from './score';
import { questionState, tally } from './progress';
import { recordAnswer } from './record-answer';
import { cardState } from './review-card';
import { loadProgress, readRecord, saveProgress, storageKey, type Progress } from './storage';
import { matching, multiple, ordering, single } from './test-fixtures';

const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 10, 1);

describe('progress', () => {
  it('records answers, so a missed question is due and a known one is not', () => {
    let progress: Progress = new Map();
    progress = recordAnswer(progress, single, false, start);
    progress = recordAnswer(progress, multiple, true, start);
    expect(questionState(progress, single, start + 1)).toBe('due');
    expect(questionState(progress, multiple, start + 1)).toBe('known');
    expect(questionState(progress, ordering, start + 1)).toBe('new');
    expect(tally(progress, [single, multiple, ordering], start + 1)).toEqual({
      total: 3,
      answered: 2,
      correct: 1,
      due: 1,
    });
    progress = recordAnswer(progress, single, true, start + 2);
    expect(progress.get(single.id)).toMatchObject({
      card: { reps: 2, lapses: 0, state: cardState.review },
      attempts: 2,
      correctAttempts: 1,
      lastCorrect: true,
    });
  });

  it('treats a question whose wording changed as new, and starts it over', () => {
    const progress = recordAnswer(new Map(), single, true, start);
    const reworded = { ...single, stem: 'Which fixture colour is right today?' };
    expect(questionHash(reworded)).not.toBe(questionHash(single));
    expect(questionState(progress, reworded, start)).toBe('new');
    expect(recordAnswer(progress, reworded, true, start + 1).get(single.id)).toMatchObject({
      card: { reps: 1 },
      attempts: 1,
    });
    // A new explanation is not a new question.
    const explained = {
      ...single,
      options: single.options.map((option) => ({ ...option, why: `${option.why} More.` })),
    };
    expect(questionState(progress, explained, start)).toBe('known');
  });

  it('survives storage that is missing, throws, is full or holds garbage', () => {
    const progress = recordAnswer(new Map(), single, true, start);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(loadProgress(undefined).size).toBe(0);
    expect(loadProgress(throwing).size).toBe(0);
    expect(saveProgress(throwing, progress)).toBe(false);
    expect(saveProgress(undefined, progress)).toBe(false);
    for (const garbage of ['{', 'null', '42', '{"a":1}', '[1,"x",null,{"id":"__proto__"}]']) {
      expect(loadProgress({ getItem: () => garbage }).size).toBe(0);
    }
  });

  it('round-trips through storage, keeping good records beside damaged ones', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    };
    const progress = recordAnswer(new Map(), single, false, start);
    expect(saveProgress(storage, progress)).toBe(true);
    expect(loadProgress(storage)).toEqual(progress);
    stored.set(storageKey, JSON.stringify([...progress.values(), { id: 'x', box: 9 }]));
    expect([...loadProgress(storage).keys()]).toEqual([single.id]);
  });

  it('reads a record field by field and refuses out-of-range values', () => {
    const good = recordAnswer(new Map(), single, true, start).get(single.id);
    expect(readRecord({ ...good, extra: '<script>' })).toEqual(good);
    expect(readRecord({ ...good, card: { ...good?.card, state: 4 } })).toBeUndefined();
    expect(readRecord({ ...good, card: { ...good?.card, difficulty: 11 } })).toBeUndefined();
    expect(readRecord({ ...good, card: { ...good?.card, due: '2026-12-01' } })).toBeUndefined();
    expect(readRecord({ ...good, card: undefined })).toBeUndefined();
    expect(readRecord({ ...good, correctAttempts: 3 })).toBeUndefined();
    expect(readRecord({ ...good, answeredAt: Number.NaN })).toBeUndefined();
    expect(readRecord({ ...good, id: 'constructor x' })).toBeUndefined();
  });

  it('carries over progress stored by the Leitner boxes, keeping its due date and counts', () => {
    const leitner = {
      id: 'a-b',
      hash: 'abc',
      answeredAt: start,
      lastCorrect: true,
      attempts: 3,
      correctAttempts: 2,
    };
    expect(readRecord({ ...leitner, box: 4 })).toEqual({
      ...leitner,
      card: expect.objectContaining({ due: start + 7 * day, reps: 3, lapses: 1, state: cardState.review }),
    });
    const missed = readRecord({ ...leitner, lastCorrect: false, box: 1 });
    expect(missed?.card).toMatchObject({ due: start, state: cardState.relearning });
    expect(readRecord({ ...leitner, box: 6 })).toBeUndefined();
    expect(readRecord({ ...leitner, box: 0 })).toBeUndefined();
    // A carried-over question is scheduled by FSRS from then on.
    const carried = readRecord({ ...leitner, id: single.id, hash: questionHash(single), box: 4 });
    const progress: Progress = new Map(carried ? [[single.id, carried]] : []);
    const next = recordAnswer(progress, single, true, start + 7 * day).get(single.id);
    expect(next?.card.due).toBeGreaterThan(start + 14 * day);
    expect(next?.attempts).toBe(4);
  });
});

describe('scoring', () => {
  it('gives the point only when every part is right, as the exam does', () => {
    expect(isCorrect(single, { format: 'single', chosen: 1 })).toBe(true);
    expect(isCorrect(single, { format: 'single', chosen: 0 })).toBe(false);
    expect(isCorrect(multiple, { format: 'multiple', chosen: [2, 0] })).toBe(true);
    expect(isCorrect(multiple, { format: 'multiple', chosen: [0] })).toBe(false);
    expect(isCorrect(multiple, { format: 'multiple', chosen: [0, 2, 1] })).toBe(false);
    expect(isCorrect(ordering, { format: 'ordering', order: [0, 1, 2] })).toBe(true);
    expect(isCorrect(ordering, { format: 'ordering', order: [1, 0, 2] })).toBe(false);
    expect(isCorrect(matching, { format: 'matching', picks: [0, 1, 2] })).toBe(true);
    expect(isCorrect(matching, { format: 'matching', picks: [0, 2, 1] })).toBe(false);
    expect(isCorrect(single, { format: 'multiple', chosen: [1] })).toBe(false);
  });

  it('says what is missing before an answer can be checked', () => {
    expect(incompleteAnswer(single, undefined)).toBe('Choose an option first.');
    expect(incompleteAnswer(multiple, { format: 'multiple', chosen: [1] })).toBe(
      'Choose 2 options (you chose 1).',
    );
    expect(incompleteAnswer(matching, { format: 'matching', picks: [0, -1, -1] })).toBe(
      'Pick an answer for every prompt (2 left).',
    );
    expect(incompleteAnswer(ordering, undefined)).toBeUndefined();
  });
});
