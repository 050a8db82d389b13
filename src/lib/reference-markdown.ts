import { elementEnd } from './html-breakdown.ts';

/**
 * One of our built pages as plain Markdown, for the reference site of `npm run bench`: a default
 * Starlight site with the same words, so that the side-by-side timings compare what our pages add
 * around their content (components, islands, styles, scripts), not how much they teach.
 * Headings, paragraphs, list items and tables keep their structure; every other element gives its
 * text only (a diagram's labels, a question's answers), and scripts and styles are dropped.
 */
export interface ReferencePage {
  title: string;
  description?: string;
  /** The splash page's hero tagline (our home page), absent on a content page. */
  tagline?: string;
  body: string;
}

/** Entities the Markdown must keep encoded: decoded, they would read as HTML. */
const keptEntities = new Set(['lt', 'gt', 'amp']);
const named: Record<string, string> = { quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    if (keptEntities.has(name)) return entity;
    return named[name] ?? entity;
  });
}

/** One line of text: single spaces, none before punctuation (tags left spaces around words). */
const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)’”])/g, '$1')
    .replace(/([(‘“]) /g, '$1')
    .trim();

/** The text of an HTML fragment on one line, tags removed. */
function inlineText(html: string): string {
  return tidy(decode(html.replace(/<[^>]*>/g, ' ')));
}

/** A table as a GFM table: its first row is the header, shorter rows are padded. */
function table(html: string): string {
  const rows = [...html.matchAll(/<tr[\s>][\s\S]*?<\/tr>/gi)].map(([row]) =>
    [...row.matchAll(/<t([hd])(?:\s[^>]*)?>([\s\S]*?)<\/t\1>/gi)].map(([, , cell]) =>
      inlineText(cell).replace(/\|/g, '\\|'),
    ),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]) => `| ${[...row, ...Array(width - row.length).fill('')].join(' | ')} |`;
  return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

/** The inner HTML of the first element whose start tag matches `opening`, or ''. */
function inner(html: string, opening: RegExp, tag: string): string {
  const match = opening.exec(html);
  if (!match) return '';
  const start = match.index + match[0].length;
  const end = elementEnd(html, match.index, tag);
  return html.slice(start, end - `</${tag}>`.length);
}

/** The Markdown of the content of a page (what Starlight renders from its Markdown). */
export function contentMarkdown(html: string): string {
  // Tables become blocks of their own, kept aside while the rest is flattened to one line a block.
  const tables: string[] = [];
  let text = html
    .replace(/<(script|style|template)[\s>][\s\S]*?<\/\1>/gi, '')
    .replace(/<table[\s>][\s\S]*?<\/table>/gi, (whole) => `\n\ntable:${tables.push(table(whole)) - 1}\n\n`)
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, heading: string) => {
      const words = inlineText(heading);
      return words ? `\n\n${'#'.repeat(Math.max(2, Number(level)))} ${words}\n\n` : '';
    })
    .replace(/<li[\s>]/gi, '\n\n- $&')
    .replace(
      /<\/?(p|div|section|nav|form|ul|ol|details|summary|figure|figcaption|aside|blockquote|dl|dt|dd|pre|br|hr|header|footer)[\s>/]/gi,
      '\n\n$&',
    )
    .replace(/<\/text>/gi, ' $&');
  text = decode(text.replace(/<[^>]*>/g, ' '));
  return text
    .split(/\n{2,}/)
    .map(tidy)
    .map((block) => (/^table:\d+$/.test(block) ? tables[Number(block.slice(6))] : block))
    .filter((block) => block !== '' && block !== '-')
    .join('\n\n')
    .replace(/^(- .*)\n\n(?=- )/gm, '$1\n');
}

/** Our built page as a reference page: title, description, the splash tagline and the content. */
export function referencePage(html: string): ReferencePage {
  const title = inlineText(inner(html, /<h1[^>]*>/i, 'h1')) || inlineText(inner(html, /<title>/i, 'title'));
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const tagline = inner(html, /<div class="tagline[^"]*"[^>]*>/i, 'div');
  return {
    title,
    ...(description && { description: decode(description) }),
    ...(tagline && { tagline: inlineText(tagline) }),
    body: contentMarkdown(inner(html, /<div class="sl-markdown-content">/i, 'div')),
  };
}

/** A reference page as the Markdown file Starlight reads (front matter, then the content). */
export function markdownFile({ title, description, tagline, body }: ReferencePage): string {
  const quote = (value: string) => JSON.stringify(value);
  const front = [
    `title: ${quote(title)}`,
    ...(description ? [`description: ${quote(description)}`] : []),
    // A splash page with a hero, as Starlight's own starter home page.
    ...(tagline
      ? ['template: splash', 'hero:', `  title: ${quote(title)}`, `  tagline: ${quote(tagline)}`]
      : []),
  ];
  return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}
