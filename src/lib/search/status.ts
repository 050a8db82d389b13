/** Dispatched on `document` with a SearchOutcome when the latest search has its results. */
export const searchOutcomeEvent = 'site-search-outcome';

/** How a search ended, as the search dialog reports it. */
export interface SearchOutcome {
  query: string;
  /** Pages found. */
  count: number;
  /** No page holds every word: the pages shown match some of them. */
  relaxed: boolean;
  /** The query searched in place of a mistyped one, if any. */
  correction?: string;
}

/** The sentence that says which query was searched in place of the one typed, if any. */
export function describeCorrection({ correction }: SearchOutcome): string | undefined {
  return correction ? `Showing results for ${correction}` : undefined;
}

/** The sentence that tells a reader, screen reader users included, what a search found. */
export function describeOutcome(outcome: SearchOutcome): string {
  const corrected = describeCorrection(outcome);
  const found = describeFound(outcome);
  return corrected ? `${corrected}: ${found}` : found;
}

/**
 * The note shown above the results, as sentences: the query searched in place of a mistyped one,
 * and that the pages match only some of the words; '' when there is nothing to say.
 */
export function describeNote(outcome: SearchOutcome): string {
  const corrected = describeCorrection(outcome);
  const relaxed = outcome.relaxed ? describeFound(outcome) : undefined;
  return [corrected, relaxed]
    .filter((sentence) => sentence !== undefined)
    .map((sentence) => `${sentence}.`)
    .join(' ');
}

/** How many pages a search found, and whether they hold every word. */
function describeFound({ query, count, relaxed, correction }: SearchOutcome): string {
  const shown = (correction ?? query).trim();
  if (count === 0) return `No results for ${shown}`;
  if (relaxed) {
    return count === 1
      ? 'No page has every word; 1 page matches some of them'
      : `No page has every word; ${count} pages match some of them`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'} for ${shown}`;
}
