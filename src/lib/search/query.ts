/**
 * Reads what a reader typed into search and plans the Pagefind searches that answer it.
 *
 * Pagefind returns only pages that hold every word, so one word the site never uses ("llama",
 * "web-based") empties the list, and question words ("what", "is", "vs") match nearly every page.
 * The plan drops those words, finds the page of each side of a comparison, and has a fallback of
 * one search per word, merged by score (see merge.ts), for when no page holds every word.
 */

import { senseWords } from './senses.ts';

/** Words that carry the shape of a question, not its subject. */
const stopWords = new Set(
  (
    'a an the is are was were be been am do does did can could should would will shall may might must ' +
    'i me my we our you your it its this that these those there here ' +
    'what whats which who whom whose when where why how ' +
    'vs versus or and nor but than between difference differences differ different compare compared comparison ' +
    'to of in on at by for with without from into about as if so not no ' +
    'use using used uses want need needs get make'
  ).split(' '),
);

/** Words too general to pick a page, dropped from a question when other words remain. */
const fillerWords = new Set('service services tool tools amazon aws sagemaker'.split(' '));

/** Separators between the sides of a comparison ("X vs Y", "X or Y", "X compared to Y"). */
const comparisonSeparator = /\s+(?:vs\.?|versus|or|compared\s+(?:to|with))\s+/i;
/** Comparisons that name their two sides around other words. */
const comparisonForms = [
  /\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)$/i,
  /^compare\s+(.+?)\s+(?:and|with|to)\s+(.+)$/i,
  /^(.+?)\s+and\s+(.+?)\s+differences?$/i,
  /\b(?:does|do|is|are)\s+(.+?)\s+differ(?:ent)?\s+from\s+(.+)$/i,
];

/** The words of a query, lowercased, with surrounding punctuation removed ("CI/CD" stays whole). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[“”"?!,;:()[\]{}]/g, ' ')
    .replace(/'s\b/g, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** The words that say what the reader is after: the query without its question words. */
export function keyWords(text: string): string[] {
  const words = wordsOf(text);
  const meaningful = words.filter((word) => !stopWords.has(word.replace(/'/g, '')));
  if (meaningful.length === 0) return words;
  if (meaningful.length === words.length) return words;
  // A question ("which service labels data") names its subject beside general words.
  const specific = meaningful.filter((word) => !fillerWords.has(word));
  return specific.length > 0 ? specific : meaningful;
}

/**
 * The sides of a comparison ("canvas vs autopilot", "difference between model cards and model
 * registry", "should I use canvas or autopilot"), each as its key words; [] when the query
 * compares nothing.
 */
export function comparedSides(query: string): string[] {
  const text = query.trim().replace(/[?!.]+$/, '');
  const named = comparisonForms.map((form) => form.exec(text)).find((match) => match !== null);
  const parts = named ? [named[1], named[2]] : text.split(comparisonSeparator);
  if (parts.length < 2) return [];
  const sides = parts.map((part) => keyWords(part).join(' '));
  // "or" also joins alternatives inside a longer question ("how do I label images or text"):
  // a comparison names its sides in a few words each.
  const separatedByOr = !named && /\sor\s/i.test(text) && !/\s(?:vs\.?|versus)\s/i.test(text);
  if (separatedByOr && sides.some((side) => side.split(' ').length > 3)) return [];
  return sides.every((side) => side.length > 0) ? sides : [];
}

export interface SearchPlan {
  /** Every key word at once: the pages that hold them all come first. */
  strict: string;
  /** Each side of a comparison: the best page of each leads the list. */
  sides: string[];
  /** One search per key word, merged by score, when too few pages hold every word. */
  loose: string[];
  /** Words added to tell the senses of an ambiguous word apart ("bias" of data or of a model). */
  senses: string[];
  /**
   * The query asks which page does a job ("which service labels data", "how do I …", a scenario):
   * pages are ranked by how well they match each key word, not only by holding them all, since
   * the overview pages hold every word. A plain query or "what is X" keeps Pagefind's ranking.
   */
  question: boolean;
}

/** "what is X", "what are X", "define X": the subject is named, Pagefind's ranking finds it. */
const definition = /^\s*(?:what(?:'s|\s+is|\s+are|\s+does)|define|meaning\s+of)\b/i;

/** The searches that answer `query`, in the order their pages are shown. */
export function planSearch(query: string): SearchPlan {
  const words = keyWords(query);
  const sides = comparedSides(query);
  // A query of key words only is searched exactly as typed, so names, numbers and acronyms
  // behave as they always have.
  const plain = words.length === wordsOf(query).length;
  // An ambiguous word read in its context ranks like a question: by how well pages match each
  // word, the words of its sense included.
  const senses = senseWords(words);
  const question = senses.length > 0 || (!plain && !definition.test(query));
  const strict = plain ? query.trim() : words.join(' ');
  const loose = [...new Set([...words, ...senses])];
  return { strict, sides, senses, loose: loose.length > 1 ? loose : [], question };
}
