import { builtPages as pagesOfBuild } from '../scripts/site-weight.ts';

/**
 * Every page of the built site, as paths relative to the base URL ('' is the home page),
 * read from dist/ so a page added to the site is tested without touching the tests.
 */
export function builtPages(dist = process.env.DIST_DIR || 'dist'): string[] {
  return pagesOfBuild(dist).map(({ page }) => page);
}
