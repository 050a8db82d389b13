import GithubSlugger from 'github-slugger';

/**
 * The ids Starlight gives the Markdown headings of an MDX page (github-slugger over the heading's
 * text, numbered when repeated), plus ids written by hand in JSX (`id="…"`). Code fences are skipped.
 * Used by the question checks in tests (github-slugger is a devDependency).
 */
export function headingIds(mdx: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) ids.add(slugger.slug(plainText(heading[1])));
  }
  for (const [, id] of body.matchAll(/\sid="([^"]+)"/g)) ids.add(id);
  return ids;
}

/** A heading's text as rendered: links, code and emphasis marks removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/<[^>]+>/g, '');
}
