/**
 * Joins the site's base path and a site-relative path, so links rendered by components honour
 * the GitHub Pages sub-path. Pages end with a slash (trailingSlash: 'always').
 */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}

/** URL of a topic page below the base path, with the trailing slash the site uses. */
export function topicHref(base: string, slug: string, hash = ''): string {
  const page = slug === '' ? '' : `${slug.replace(/^\/+|\/+$/g, '')}/`;
  return joinBase(base, page) + (hash ? `#${hash.replace(/^#/, '')}` : '');
}
