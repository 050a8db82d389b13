import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every page of the built site, as paths relative to the base URL ('' is the home page),
 * read from dist/ so a page added to the site is tested without touching the tests.
 */
export function builtPages(dist = process.env.DIST_DIR || 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push(folder === '' ? '' : `${folder}/`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
