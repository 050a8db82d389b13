import { sameWord } from './highlight';

/**
 * Typos: a query word the site's vocabulary lacks ("clarfy") is read as the closest term of that
 * vocabulary ("Clarify"): service names, glossary terms and key terms, listed at build time
 * (integrations/question-search.ts). Readers type fast on phones, and Pagefind, given a word it
 * does not hold, returns pages that match nothing.
 */

/** Words shorter than this are acronyms or numbers, too short to correct safely. */
const shortest = 4;
/** Edits allowed: one in a word of up to this many letters, two in a longer word. */
const oneEditUpTo = 6;

/**
 * The number of single-letter insertions, deletions, substitutions and swaps of two neighbours
 * that turn `a` into `b` (optimal string alignment distance), or `limit + 1` once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
    }
    if (Math.min(...current) > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length], limit + 1);
}

/** The site's vocabulary: each word of the given terms, lowercased, mapped to how it is written. */
export function vocabularyOf(terms: readonly string[]): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const word of terms.flatMap((term) => term.split(/[^\p{L}\p{N}-]+/u))) {
    const plain = word.replace(/^-+|-+$/g, '');
    if (
      plain.replace(/-/g, '').length >= shortest &&
      /^\p{L}[\p{L}-]*$/u.test(plain) &&
      !vocabulary.has(plain.toLowerCase())
    ) {
      vocabulary.set(plain.toLowerCase(), plain);
    }
  }
  return vocabulary;
}

/**
 * The vocabulary's closest term to a word it lacks: within one edit (two for a word of seven
 * letters or more), the only one at the smallest distance. Undefined for a known word, another
 * form of a known word ("labelled" of "labeling"), a short word or one with no single closest term.
 */
export function closestTerm(word: string, vocabulary: ReadonlyMap<string, string>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < shortest || !/^\p{L}+$/u.test(lower) || vocabulary.has(lower)) return undefined;
  const known = [...vocabulary.keys()];
  if (known.some((term) => sameWord(term, lower))) return undefined;
  const limit = lower.length <= oneEditUpTo ? 1 : 2;
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const term of known) {
    const distance = editDistance(lower, term, limit);
    if (distance < bestDistance) [best, bestDistance] = [[term], distance];
    else if (distance === bestDistance && distance <= limit) best.push(term);
  }
  return best.length === 1 ? vocabulary.get(best[0]) : undefined;
}

/** A query's words the vocabulary lacks, each with its closest term ("clarfy" → "Clarify"). */
export function typosOf(
  words: readonly string[],
  vocabulary: ReadonlyMap<string, string>,
): Map<string, string> {
  const typos = new Map<string, string>();
  for (const word of words) {
    const term = closestTerm(word, vocabulary);
    if (term) typos.set(word, term);
  }
  return typos;
}

/** The query with each corrected word replaced by its term, as the reader typed the rest. */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word);
}
