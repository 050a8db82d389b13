/** Pure helpers of the glossary page: stable anchors and the alphabetical grouping by letter. */
import { slug } from 'github-slugger';

/** The anchor of a term on the glossary page, as GitHub and Starlight would slug a heading. */
export function termId(term: string): string {
  return slug(term);
}

/** The letter a term is filed under: its first letter, upper-cased ('#' for a digit or symbol). */
export function letterOf(term: string): string {
  const first = term.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The id of the heading of a letter's section on the glossary page. */
export function letterId(letter: string): string {
  return `letter-${letter === '#' ? 'digits' : letter.toLowerCase()}`;
}

export interface LetterGroup<Entry> {
  letter: string;
  entries: Entry[];
}

/** Entries sorted alphabetically (case-insensitive) and grouped under their first letter. */
export function groupByLetter<Entry extends { term: string }>(
  entries: readonly Entry[],
): LetterGroup<Entry>[] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups: LetterGroup<Entry>[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** How many sentences a definition has (a full stop, question or exclamation mark ends one). */
export function sentenceCount(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z0-9'"])/)
    .filter((sentence) => sentence.length > 0).length;
}
