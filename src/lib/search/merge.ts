/** What merging needs of a Pagefind result: its page and its score. */
export interface Ranked {
  id: string;
  score: number;
}

/** The results of several lists in order, list after list, each page once (where it came first). */
export function inOrder<T extends Ranked>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const result of lists.flat()) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    merged.push(result);
  }
  return merged;
}

/**
 * Merges the results of one search per word into one ranking. Each search's scores are divided by
 * its best, so a word found everywhere cannot outweigh a rarer one, and a page's scores are added
 * up, so a page that matches more of the words ranks above one that matches a single word well.
 * Each page keeps the result object of the search where it scored best (its excerpt shows that
 * word).
 */
export function byCombinedScore<T extends Ranked>(lists: readonly (readonly T[])[]): T[] {
  const pages = new Map<string, { result: T; total: number; best: number }>();
  for (const list of lists) {
    const top = Math.max(...list.map((result) => result.score));
    if (!(top > 0)) continue;
    for (const result of list) {
      const share = result.score / top;
      const page = pages.get(result.id);
      if (!page) pages.set(result.id, { result, total: share, best: share });
      else {
        page.total += share;
        if (share > page.best) Object.assign(page, { result, best: share });
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.total - a.total).map((page) => page.result);
}

/**
 * Puts `preferred`'s object in place of each result of the same page: the page keeps its rank but
 * shows the excerpt of the search that matched more of the query (e.g. both sides of "X vs Y").
 */
export function preferResultsOf<T extends Ranked>(results: readonly T[], preferred: readonly T[]): T[] {
  const byId = new Map(preferred.map((result) => [result.id, result]));
  return results.map((result) => byId.get(result.id) ?? result);
}
