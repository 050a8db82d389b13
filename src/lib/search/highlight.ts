import { keyWords } from './query';

/** Endings dropped before comparing words, so "labeling" matches "labelled" and "labels". */
const ending = /(?:ings?|ed|es|s|ation|ations|er|ers)$/;

/** A word's stem: lowercased, a common English ending dropped (never shorter than 3 letters). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  const stripped = lower.replace(ending, '');
  return stripped.length >= 3 ? stripped : lower;
}

/** How much longer one form of a word may be than another ("infer", "inference"). */
const maxExtraLetters = 4;

/** Whether two words are forms of one word: one starts with the other's stem, at similar lengths. */
export function sameWord(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0 || Math.abs(a.length - b.length) > maxExtraLetters) return false;
  return a.startsWith(stem(b)) || b.startsWith(stem(a));
}

/** The parts of a word separated by hyphens or slashes ("fine-tuning" → fine, tuning), and itself. */
function partsOf(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
  return [word.replace(/[^\p{L}\p{N}+#]+/gu, ''), ...parts];
}

/**
 * Whether the highlighted `marked` word answers one of the query's `words`: another form of the
 * same word ("labelled" for "labeling", "tuning" for "tune") or of one of its hyphenated parts.
 * A word inside a longer name does not count: Pagefind splits "JumpStart" into "jump" and
 * "start" and marks it for "cold start", and completes "ide" to "identity".
 */
export function answersQuery(marked: string, words: readonly string[]): boolean {
  const markedParts = partsOf(marked.toLowerCase());
  return words.some((word) =>
    partsOf(word.toLowerCase()).some((queryPart) => markedParts.some((part) => sameWord(part, queryPart))),
  );
}

/** Removes the `<mark>`s of an excerpt that do not answer `query` (see answersQuery). */
export function markWholeWords(excerpt: string, query: string): string {
  const words = keyWords(query);
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, marked: string) =>
    answersQuery(marked, words) ? whole : marked,
  );
}
