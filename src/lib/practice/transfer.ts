import { readRecord, type Progress, type ProgressRecord } from './storage';

/** Marks a file as this guide's progress, so another site's JSON is told apart. */
export const progressFormat = 'aif-c01-sagemaker-practice-progress';
export const progressVersion = 1;
/** Far above any real file (a few hundred records of about 150 bytes); refuses anything huge. */
export const maxImportBytes = 1_000_000;

interface ProgressFile {
  format: typeof progressFormat;
  version: number;
  exportedAt: string;
  records: ProgressRecord[];
}

/** The progress as the text of a downloadable JSON file. */
export function exportProgress(progress: Progress, now: number): string {
  const file: ProgressFile = {
    format: progressFormat,
    version: progressVersion,
    exportedAt: new Date(now).toISOString(),
    records: [...progress.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; records: ProgressRecord[] } | { ok: false; message: string };

/** Reads a progress file, or says plainly why it cannot (the reader's progress is untouched either way). */
export function parseProgressFile(text: string): ImportResult {
  const fail = (message: string): ImportResult => ({ ok: false, message });
  if (text.length > maxImportBytes) {
    return fail(
      `This file is too large (${Math.round(text.length / 1000)} kB) to be a progress file of this guide; nothing was imported.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(
      'This file is not valid JSON: it may be cut short or not a progress file. Nothing was imported.',
    );
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { format?: unknown }).format !== progressFormat
  ) {
    return fail('This file is not a progress file exported by this guide; nothing was imported.');
  }
  const file = parsed as Partial<Record<keyof ProgressFile, unknown>>;
  if (file.version !== progressVersion) {
    return fail(
      `This progress file has version ${String(file.version)}, which this guide cannot read; nothing was imported.`,
    );
  }
  if (!Array.isArray(file.records))
    return fail('This progress file has no list of answers; nothing was imported.');
  const records: ProgressRecord[] = [];
  for (const [index, value] of file.records.entries()) {
    const record = readRecord(value);
    if (!record) return fail(`Answer ${index + 1} of this file is damaged; nothing was imported.`);
    records.push(record);
  }
  return { ok: true, records };
}

export interface MergeResult {
  progress: Progress;
  /** Questions the reader had no answer to. */
  added: number;
  /** Questions whose imported answer is later than the reader's, which it replaced. */
  replaced: number;
  /** Questions where the reader's own answer is as late or later, and was kept. */
  kept: number;
}

/** Merges imported records into the progress by question id: the latest answer wins, ties keep the reader's. */
export function mergeProgress(progress: Progress, imported: readonly ProgressRecord[]): MergeResult {
  const merged = new Map(progress);
  const result = { added: 0, replaced: 0, kept: 0 };
  for (const record of imported) {
    const own = merged.get(record.id);
    if (!own) {
      merged.set(record.id, record);
      result.added++;
    } else if (record.answeredAt > own.answeredAt) {
      merged.set(record.id, record);
      result.replaced++;
    } else result.kept++;
  }
  return { progress: merged, ...result };
}

/** The sentence the reader sees after an import. */
export function mergeSummary({ added, replaced, kept }: MergeResult): string {
  const total = added + replaced + kept;
  if (total === 0) return 'The file holds no answers; your progress is unchanged.';
  return `Imported ${total} answer${total === 1 ? '' : 's'}: ${added} new, ${replaced} newer than yours (replaced), ${kept} older or the same (yours kept).`;
}
