/**
 * Where a built page's HTML goes, so that `npm run bench` can name the part that grew: islands'
 * serialised props, inline SVG, the static practice questions, the sidebar, inline scripts, and
 * the rest. Every character belongs to exactly one part; a container owns what it holds (the
 * sidebar's icons count as sidebar, not as SVG).
 */

export const htmlParts = ['props', 'svg', 'questions', 'sidebar', 'scripts', 'rest'] as const;
export type HtmlPart = (typeof htmlParts)[number];

/** The text of each part, in page order (weigh it raw or compressed as the caller likes). */
export type HtmlBreakdown = Record<HtmlPart, string>;

interface Span {
  start: number;
  end: number;
}

/** Where the element that opens at `start` ends (after its closing tag), counting nested ones. */
export function elementEnd(html: string, start: number, tag: string): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const selfClosing = match[0].endsWith('/>');
    if (match[1]) depth--;
    else if (!selfClosing) depth++;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

/** Each element whose start tag matches `opening` (a regex of its start tag), outermost only. */
function elements(html: string, opening: RegExp, tag: string): Span[] {
  const spans: Span[] = [];
  for (const match of html.matchAll(new RegExp(opening.source, 'gi'))) {
    const start = match.index;
    if (spans.length > 0 && start < spans[spans.length - 1].end) continue;
    spans.push({ start, end: elementEnd(html, start, tag) });
  }
  return spans;
}

/** Whole `<script>` elements without `src` (a script body cannot contain `</script>`). */
function inlineScripts(html: string): Span[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/gi)]
    .filter((match) => !/^<script[^>]*>\s*<\/script>$/i.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The `props="…"` attributes of Astro's islands (the attribute, name and quotes included). */
function islandProps(html: string): Span[] {
  const spans: Span[] = [];
  for (const island of html.matchAll(/<astro-island\s[^>]*>/gi)) {
    const props = /\sprops="[^"]*"/.exec(island[0]);
    if (props)
      spans.push({ start: island.index + props.index, end: island.index + props.index + props[0].length });
  }
  return spans;
}

export function htmlBreakdown(html: string): HtmlBreakdown {
  const owner = new Uint8Array(html.length).fill(htmlParts.indexOf('rest'));
  const paint = (part: HtmlPart, spans: Span[]) => {
    for (const { start, end } of spans) owner.fill(htmlParts.indexOf(part), start, end);
  };
  // Later parts overwrite earlier ones: containers own what they hold.
  paint('svg', elements(html, /<svg[\s>]/, 'svg'));
  paint('questions', elements(html, /<ol class="q-list"/, 'ol'));
  paint('sidebar', elements(html, /<sl-sidebar-pane\s/, 'sl-sidebar-pane'));
  paint('scripts', inlineScripts(html));
  paint('props', islandProps(html));

  const parts = Object.fromEntries(htmlParts.map((part) => [part, [] as string[]])) as Record<
    HtmlPart,
    string[]
  >;
  let from = 0;
  for (let at = 1; at <= html.length; at++) {
    if (at === html.length || owner[at] !== owner[from]) {
      parts[htmlParts[owner[from]]].push(html.slice(from, at));
      from = at;
    }
  }
  return Object.fromEntries(htmlParts.map((part) => [part, parts[part].join('')])) as HtmlBreakdown;
}
