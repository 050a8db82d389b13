import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordAnswer } from './record-answer';
import type { Progress, ProgressRecord } from './storage';
import {
  exportProgress,
  maxImportBytes,
  mergeProgress,
  mergeSummary,
  parseProgressFile,
  progressFormat,
} from './transfer';
import { multiple, ordering, single } from './test-fixtures';

const start = Date.UTC(2026, 10, 1);
const mine: Progress = recordAnswer(
  recordAnswer(new Map(), single, true, start + 10),
  multiple,
  false,
  start,
);

function records(text: string): ProgressRecord[] {
  const result = parseProgressFile(text);
  if (!result.ok) throw new Error(result.message);
  return result.records;
}

describe('export and import of progress', () => {
  it('round-trips the progress through the file', () => {
    expect(new Map(records(exportProgress(mine, start)).map((record) => [record.id, record]))).toEqual(mine);
  });

  it('merges by question id, keeping the latest answer and saying what happened', () => {
    const theirs = recordAnswer(recordAnswer(new Map(), single, false, start), multiple, true, start + 20);
    const withNew = recordAnswer(theirs, ordering, true, start);
    const result = mergeProgress(mine, records(exportProgress(withNew, start)));
    expect(result.progress.get(single.id)?.answeredAt).toBe(start + 10); // mine is later: kept
    expect(result.progress.get(multiple.id)?.lastCorrect).toBe(true); // theirs is later: replaced
    expect(result.progress.has(ordering.id)).toBe(true);
    expect(mergeSummary(result)).toBe(
      'Imported 3 answers: 1 new, 1 newer than yours (replaced), 1 older or the same (yours kept).',
    );
    expect(mine.get(multiple.id)?.lastCorrect).toBe(false); // the original is not changed in place
  });

  it('refuses malformed, truncated, foreign, future and oversized files with a clear message', () => {
    const file = exportProgress(mine, start);
    const cases: [string, RegExp][] = [
      ['', /not valid JSON/],
      [file.slice(0, file.length / 2), /not valid JSON: it may be cut short/],
      ['{"name":"another app","records":[]}', /not a progress file exported by this guide/],
      ['[1,2,3]', /not a progress file/],
      ['null', /not a progress file/],
      [JSON.stringify({ format: progressFormat, version: 2, records: [] }), /version 2/],
      [JSON.stringify({ format: progressFormat, version: 1, records: {} }), /no list of answers/],
      [' '.repeat(maxImportBytes + 1), /too large/],
    ];
    for (const [text, message] of cases) {
      const result = parseProgressFile(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('refuses hostile records whole rather than importing part of a file', () => {
    const hostile = [
      {
        id: '__proto__',
        hash: 'a',
        box: 1,
        answeredAt: 1,
        lastCorrect: true,
        attempts: 1,
        correctAttempts: 1,
      },
      { id: 'a', hash: 'a', box: 1, answeredAt: 1, lastCorrect: 'yes', attempts: 1, correctAttempts: 1 },
      {
        id: 'a',
        hash: '<img src=x>',
        box: 1,
        answeredAt: 1,
        lastCorrect: true,
        attempts: 1,
        correctAttempts: 1,
      },
      { id: 'a', hash: 'a', box: 1e9, answeredAt: 1, lastCorrect: true, attempts: 1, correctAttempts: 1 },
    ];
    for (const record of hostile) {
      const text = JSON.stringify({
        format: progressFormat,
        version: 1,
        records: [...mine.values(), record],
      });
      expect(parseProgressFile(text)).toEqual({
        ok: false,
        message: 'Answer 3 of this file is damaged; nothing was imported.',
      });
    }
    const polluting = `{"format":"${progressFormat}","version":1,"records":[],"__proto__":{"polluted":true}}`;
    expect(parseProgressFile(polluting).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseProgressFile(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
