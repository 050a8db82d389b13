/** Dispatched on `document` with a SearchOutcome when the latest search has its results. */
export const searchOutcomeEvent = 'site-search-outcome';

/** How a search ended, as the search dialog reports it. */
export interface SearchOutcome {
  query: string;
  /** Pages found. */
  count: number;
  /** No page holds every word: the pages shown match some of them. */
  relaxed: boolean;
}

/** The sentence that tells a reader, screen reader users included, what a search found. */
export function describeOutcome({ query, count, relaxed }: SearchOutcome): string {
  const shown = query.trim();
  if (count === 0) return `No results for ${shown}`;
  if (relaxed) {
    return count === 1
      ? 'No page has every word; 1 page matches some of them'
      : `No page has every word; ${count} pages match some of them`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} for ${shown}`;
}
