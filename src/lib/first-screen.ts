import { elementEnd } from './html-breakdown.ts';

/**
 * Where a page's first screen ends in its HTML: after the title, the one-line summary and the
 * exam tip (TopicIntro.astro), whichever of them the page has, or undefined without a title.
 * `npm run bench` compresses the HTML up to here to tell whether the first screen arrives in the
 * first round trip (about 14 KB).
 */
export function firstScreenEnd(html: string): number | undefined {
  const title = html.search(/<h1[\s>]/);
  if (title < 0) return undefined;
  let end = elementEnd(html, title, 'h1');
  const summary = html.indexOf('<p class="one-line"', end);
  if (summary >= 0) end = elementEnd(html, summary, 'p');
  const tip = html.indexOf('<details class="exam-tip-body', end);
  if (tip >= 0) end = elementEnd(html, tip, 'details');
  return end;
}
