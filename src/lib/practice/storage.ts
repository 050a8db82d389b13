// The reader's progress as stored in the browser. No imports of site data or of the scheduler, so
// the sidebar markers that run on every topic page load only this (see
// src/components/practice/progress-markers.ts).
import { cardFromLeitner, cardState, type ReviewCard } from './review-card';

/** What the reader's browser remembers of one question. */
export interface ProgressRecord {
  id: string;
  /** Hash of the question as answered (questionHash): a changed question no longer matches. */
  hash: string;
  /** When it comes back for review, and FSRS's estimate of how well it is remembered. */
  card: ReviewCard;
  /** Time of the latest answer, in ms since 1970. */
  answeredAt: number;
  /** Whether the latest answer was right. */
  lastCorrect: boolean;
  attempts: number;
  correctAttempts: number;
}

/** Records by question id (a Map, so no id can reach an object's prototype). */
export type Progress = Map<string, ProgressRecord>;

// The browser's localStorage may be missing, refuse access (private modes, policies),
// be full, or hold anything; none of it may break a page.
export const storageKey = 'aif-c01-practice-progress';

/** localStorage, or undefined where reading the property itself throws. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored progress; empty when nothing, or nothing readable, is stored. */
export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined): Progress {
  try {
    const text = storage?.getItem(storageKey);
    if (!text) return new Map();
    const parsed: unknown = JSON.parse(text);
    const records = Array.isArray(parsed) ? parsed.map(readRecord) : [];
    return new Map(records.flatMap((record) => (record ? [[record.id, record]] : [])));
  } catch {
    return new Map();
  }
}

/** Stores the progress; false when the browser refused (no storage, quota exceeded, denied). */
export function saveProgress(storage: Pick<Storage, 'setItem'> | undefined, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, JSON.stringify([...progress.values()]));
    return true;
  } catch {
    return false;
  }
}

const maxCount = 1_000_000;
const count = (field: unknown) =>
  Number.isInteger(field) && (field as number) >= 0 && (field as number) <= maxCount;
const time = (field: unknown) => typeof field === 'number' && Number.isFinite(field) && field >= 0;
const inRange = (field: unknown, low: number, high: number) =>
  typeof field === 'number' && Number.isFinite(field) && field >= low && field <= high;
const maxDays = 36_500;

/** A stored FSRS card, copied field by field, or undefined unless every field is in range. */
function readCard(value: unknown): ReviewCard | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const card = value as Record<string, unknown>;
  const valid =
    time(card.due) &&
    inRange(card.stability, 0, maxDays) &&
    inRange(card.difficulty, 1, 10) &&
    count(card.reps) &&
    count(card.lapses) &&
    Object.values(cardState).includes(card.state as ReviewCard['state']) &&
    count(card.learningSteps) &&
    inRange(card.scheduledDays, 0, maxDays);
  if (!valid) return undefined;
  const { due, stability, difficulty, reps, lapses, state, learningSteps, scheduledDays } =
    card as unknown as ReviewCard;
  return { due, stability, difficulty, reps, lapses, state, learningSteps, scheduledDays };
}

/**
 * A stored or imported record, copied field by field (nothing else comes along), or undefined
 * unless every field is present, of the right type and in range. A record saved before spaced
 * review moved to FSRS holds a Leitner box (1 to 5) instead of a card: it is carried over.
 */
export function readRecord(value: unknown): ProgressRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const valid =
    typeof record.id === 'string' &&
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(record.id) &&
    record.id.length <= 120 &&
    typeof record.hash === 'string' &&
    /^[0-9a-z]{1,16}$/.test(record.hash) &&
    time(record.answeredAt) &&
    typeof record.lastCorrect === 'boolean' &&
    count(record.attempts) &&
    count(record.correctAttempts) &&
    (record.correctAttempts as number) <= (record.attempts as number);
  if (!valid) return undefined;
  const { id, hash, answeredAt, lastCorrect, attempts, correctAttempts } =
    record as unknown as ProgressRecord;
  const card =
    'card' in record
      ? readCard(record.card)
      : Number.isInteger(record.box) && (record.box as number) >= 1 && (record.box as number) <= 5
        ? cardFromLeitner(record.box as number, answeredAt, lastCorrect, attempts, correctAttempts)
        : undefined;
  return card && { id, hash, card, answeredAt, lastCorrect, attempts, correctAttempts };
}
