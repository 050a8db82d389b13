/**
 * A topic page's search aliases sit in one hidden paragraph, joined by this separator. Pagefind
 * builds a result's excerpt from where the query's words cluster, which for an alias can be that
 * keyword list; a reader should see a sentence instead.
 */
export const aliasSeparator = '·';

/** Whether an excerpt (Pagefind's HTML, with `<mark>`s) was cut from the alias list. */
export function isAliasList(excerpt: string): boolean {
  const text = excerpt.replace(/<[^>]*>/g, '');
  return text.split(` ${aliasSeparator} `).length >= 3;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The excerpt to show: the page's one-line summary (plain text, escaped) in place of an alias list. */
export function readableExcerpt(excerpt: string, summary: string | undefined): string {
  if (!summary || !isAliasList(excerpt)) return excerpt;
  return summary.replace(/[&<>"]/g, (char) => escapes[char] ?? char);
}
