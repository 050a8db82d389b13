import { readableExcerpt } from '../../lib/search/excerpt';
import { markWholeWords } from '../../lib/search/highlight';
import { planSearch } from '../../lib/search/query';
import { searchCorrected } from '../../lib/search/relaxed-search';
import { vocabularyOf } from '../../lib/search/typos';
import { searchOutcomeEvent, type SearchOutcome } from '../../lib/search/status';

/** What Pagefind's UI reads of a page's data. */
interface PageData {
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  sub_results?: { excerpt: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}

/** The part of Pagefind's engine (pagefind.js) that its default UI calls. */
interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(url: string, options: object): Promise<void>;
  filters(): Promise<object>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
  destroy?(): Promise<void>;
}

/**
 * Loads Pagefind's engine and gives Pagefind's UI one that answers the questions readers type
 * (see lib/search/relaxed-search.ts) and reads a typo as the closest of the site's `terms`
 * (lib/search/typos.ts), marks only whole words in excerpts, shows a page's summary
 * rather than its alias list (lib/search/excerpt.ts), and reports each
 * outcome for the dialog's live region. The build puts this in place of the UI's own import
 * (integrations/question-search.ts).
 */
export async function loadRelaxedPagefind(bundlePath: string, terms: readonly string[]): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  const vocabulary = vocabularyOf(terms);
  let latestSearch = 0;
  return {
    options: (options) => pagefind.options(options),
    mergeIndex: (url, options) => pagefind.mergeIndex(url, options),
    filters: () => pagefind.filters(),
    destroy: () => pagefind.destroy?.() ?? Promise.resolve(),
    preload: (term, options) => pagefind.preload(planSearch(term).strict, options),
    async search(term, options) {
      const search = ++latestSearch;
      const { results, relaxed, correction } = await searchCorrected(
        term,
        async (words) => (await pagefind.search(words, options))?.results ?? [],
        vocabulary,
      );
      if (search === latestSearch) {
        const detail: SearchOutcome = { query: term, count: results.length, relaxed, correction };
        document.dispatchEvent(new CustomEvent(searchOutcomeEvent, { detail }));
      }
      return {
        results: results.map((result) => ({
          ...result,
          data: async () => {
            const data = await result.data();
            // The alias list sits at the top of the page, so the first section's excerpt can be it too.
            const excerpt = (text: string) =>
              readableExcerpt(markWholeWords(text, correction ?? term), data.content);
            return {
              ...data,
              excerpt: excerpt(data.excerpt),
              sub_results: data.sub_results?.map((sub) => ({ ...sub, excerpt: excerpt(sub.excerpt) })),
            };
          },
        })),
      };
    },
  };
}
