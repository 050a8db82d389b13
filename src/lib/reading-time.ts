/**
 * Reading time of a page, from the words a reader reads on it. The pace is 220 words a minute, a
 * little below the 238 that a meta-analysis of reading studies (Brysbaert, 2019) found for adults
 * reading non-fiction silently in English: study text, with terms to learn and tables to compare,
 * reads slower than an article.
 */
export const wordsPerMinute = 220;

/** Words in plain text: runs of letters or digits, so "AIF-C01" and "6 MB" count as two. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The prose of an MDX page body, without what a reader does not read as words: import and export
 * lines, code blocks, HTML and component tags (their text content stays), link addresses,
 * expressions in braces and Markdown markup.
 */
export function proseOfMdx(source: string): string {
  return (
    source
      .replace(/^```[\s\S]*?^```/gm, ' ')
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      // [text](address) keeps its text; a bare address is not read.
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, ' ')
  );
}

/** Whole minutes to read so many words at the site's pace, at least one for any text at all. */
export function readingMinutes(words: number, pace = wordsPerMinute): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / pace));
}

/** Minutes as a reader says them: "45 min", "1 h", "4 h 10 min". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
