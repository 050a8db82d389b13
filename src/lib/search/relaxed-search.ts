import { byCombinedScore, inOrder, preferResultsOf, type Ranked } from './merge';
import { planSearch, wordsOf } from './query';
import { correctedQuery, typosOf } from './typos';

/** Below this many pages holding every word, pages matching some of the words follow them. */
export const enoughPages = 3;

/** A word found on this many pages or fewer may be a typo. */
const rareWordPages = 1;

export interface RelaxedResults<T> {
  results: T[];
  /** No page holds every word: all results match only some of them. */
  relaxed: boolean;
  /** The query searched in place of a mistyped one ("Clarify" for "clarfy"), if any. */
  correction?: string;
}

/**
 * The query with its typos corrected (see typos.ts), or undefined. A word is corrected only when
 * the site hardly uses it (Pagefind finds at most one page, often one that merely resembles it)
 * and its term finds more: a real word the small vocabulary lacks ("measures") stays as typed.
 */
async function correctionOf<T>(
  query: string,
  vocabulary: ReadonlyMap<string, string>,
  search: (term: string) => Promise<readonly T[]>,
): Promise<string | undefined> {
  const typos = typosOf(wordsOf(query), vocabulary);
  const confirmed = new Map<string, string>();
  await Promise.all(
    [...typos].map(async ([word, term]) => {
      const [asTyped, corrected] = await Promise.all([search(word), search(term)]);
      if (asTyped.length <= rareWordPages && corrected.length > asTyped.length) confirmed.set(word, term);
    }),
  );
  return confirmed.size > 0 ? correctedQuery(query, confirmed) : undefined;
}

/**
 * Answers `query` as searchRelaxed does, first correcting the words that the site's
 * `vocabulary` lacks and a close term of it explains.
 */
export async function searchCorrected<T extends Ranked>(
  query: string,
  search: (term: string) => Promise<readonly T[]>,
  vocabulary: ReadonlyMap<string, string>,
): Promise<RelaxedResults<T>> {
  const correction = await correctionOf(query, vocabulary, search);
  const answer = await searchRelaxed(correction ?? query, search);
  return correction ? { ...answer, correction } : answer;
}

/**
 * Answers `query` with several searches of `search` (Pagefind's, in the browser): the best page of
 * each side of a comparison first, then the pages that hold every key word, then (for a question,
 * or when those are few) the pages that hold some of them, ranked by their combined score.
 */
export async function searchRelaxed<T extends Ranked>(
  query: string,
  search: (term: string) => Promise<readonly T[]>,
): Promise<RelaxedResults<T>> {
  const plan = planSearch(query);
  // A question always needs one search per word: start them with the others, not after.
  const perWordNow = plan.question ? plan.loose : [];
  const [strict, ...others] = await Promise.all(
    [plan.strict, ...plan.sides, ...perWordNow].map((term) => search(term)),
  );
  const sides = others.slice(0, plan.sides.length);
  // The page of each side: its first result that an earlier side has not already claimed.
  const claimed = new Set<string>();
  const sidePages = sides.map((results) => {
    const page = results.find((result) => !claimed.has(result.id));
    if (page) claimed.add(page.id);
    return page ? [page] : [];
  });
  // A plain query searches word by word only when few pages hold every word.
  const perWord = plan.question
    ? others.slice(plan.sides.length)
    : strict.length < enoughPages
      ? await Promise.all(plan.loose.map((term) => search(term)))
      : [];
  // A plain query keeps Pagefind's order for the pages holding every word, and pages holding some
  // words follow. A question ranks every page by how well it matches each word, holding them all
  // counting as one more match: the revision pages hold nearly every word of the site, so holding
  // them all says little about which page teaches the answer.
  const holdingAll = new Set(strict.map((result) => result.id));
  const ranked = plan.question
    ? [byCombinedScore([strict, ...perWord])]
    : [strict, byCombinedScore(perWord).filter((result) => !holdingAll.has(result.id))];
  const results = preferResultsOf(inOrder([...sidePages, ...ranked]), strict);
  return { results, relaxed: strict.length === 0 && results.length > 0 };
}
