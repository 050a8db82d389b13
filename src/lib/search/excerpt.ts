/**
 * A topic page's search aliases sit in one hidden, heavily weighted paragraph, so Pagefind often
 * builds a result's excerpt from that comma-separated keyword list; on a closed service's page the
 * excerpt around the title runs into the closure badge under it. A reader should see the page's
 * own words instead: its one-line summary, read from the page's indexed text.
 */

/** The words that open a page's own closure notice, after its badge (TopicIntro.astro). */
export const closureNoticeCue = 'why it is still here';

/** Whether an excerpt (Pagefind's HTML, with `<mark>`s) reads as a list of keywords, not prose. */
export function isAliasList(excerpt: string): boolean {
  const parts = excerpt.replace(/<[^>]*>/g, '').split(',');
  // The first and last parts may be cut mid-item; judge by the whole ones between them.
  const inner = parts.slice(1, -1).map((part) => part.trim().split(/\s+/).filter(Boolean).length);
  return inner.length >= 4 && inner.every((words) => words >= 1 && words <= 4);
}

/** The label that opens a topic page's summary (TopicIntro.astro), and the longest summary shown. */
const summaryLabel = 'In one line:';
const longestSummary = 320;

/** A topic page's one-line summary, from the page's indexed text; undefined on other pages. */
export function summaryOf(content: string | undefined): string | undefined {
  const start = content?.indexOf(summaryLabel) ?? -1;
  if (!content || start < 0) return undefined;
  const rest = content.slice(start + summaryLabel.length, start + summaryLabel.length + longestSummary);
  // The summary is one sentence; what follows it starts a new one.
  const end = rest.search(/[.!?](\s+[A-Z]|\s*$)/);
  const sentence = (end >= 0 ? rest.slice(0, end + 1) : rest).trim();
  return sentence.length > 0 ? sentence : undefined;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Whether an excerpt shows the page's own closure notice, the same few sentences on every closed service. */
export function isClosureNotice(excerpt: string): boolean {
  return excerpt.replace(/<[^>]*>/g, '').includes(closureNoticeCue);
}

/**
 * The excerpt to show: the page's summary (plain text, escaped) in place of a keyword list or the
 * page's closure notice.
 */
export function readableExcerpt(excerpt: string, content: string | undefined): string {
  if (!isAliasList(excerpt) && !isClosureNotice(excerpt)) return excerpt;
  const summary = summaryOf(content);
  return summary ? summary.replace(/[&<>"]/g, (char) => escapes[char] ?? char) : excerpt;
}
