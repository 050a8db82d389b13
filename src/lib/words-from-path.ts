/**
 * Turns the address of a missing page into search words, so a reader who followed a stale link
 * starts from what they were looking for: "/aif-c01/feature-stor/" → "feature stor".
 */
export function wordsFromPath(pathname: string, base: string): string {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  let decoded = below;
  try {
    decoded = decodeURIComponent(below);
  } catch {
    // A malformed escape: keep the raw text rather than lose the words.
  }
  return decoded
    .replace(/\.html?$/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.toLowerCase() !== 'index')
    .join(' ');
}
