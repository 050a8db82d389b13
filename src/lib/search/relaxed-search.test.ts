import { describe, expect, it } from 'vitest';
import { searchCorrected, searchRelaxed } from './relaxed-search';
import { vocabularyOf } from './typos';

/** A stand-in for Pagefind: each page's words; a search returns the pages holding every word. */
function engine(pages: Record<string, string>) {
  const searched: string[] = [];
  const search = async (term: string) => {
    searched.push(term);
    const words = term.toLowerCase().split(/\s+/);
    return Object.entries(pages)
      .map(([id, text]) => ({ id, score: words.reduce((sum, word) => sum + text.split(word).length - 1, 0) }))
      .filter(({ id }) => words.every((word) => pages[id].includes(word)))
      .sort((a, b) => b.score - a.score);
  };
  return { search, searched };
}

const site = {
  studio: 'studio web ide jupyterlab studio notebooks machine learning',
  canvas: 'canvas no-code canvas autopilot canvas machine learning',
  autopilot: 'autopilot automl autopilot candidates',
  summary: 'summary canvas autopilot studio machine learning machine learning vs vs',
  jumpstart: 'jumpstart fine-tune fine tune foundation models',
  groundtruth: 'ground truth labeled labeling pairs',
};
const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('searchRelaxed', () => {
  it('keeps the exact match first and searches once when enough pages hold every word', async () => {
    const { search, searched } = engine(site);
    const { results, relaxed } = await searchRelaxed('machine learning', search);
    expect(ids(results)[0]).toBe('summary');
    expect(relaxed).toBe(false);
    expect(searched).toEqual(['machine learning']);
  });
  it('never comes back empty when a word is unknown, and says it relaxed', async () => {
    const { search } = engine(site);
    const { results, relaxed } = await searchRelaxed('fine tune llama with labeled pairs', search);
    expect(ids(results).slice(0, 2)).toEqual(['jumpstart', 'groundtruth']);
    expect(relaxed).toBe(true);
  });
  it('drops question words before requiring every word', async () => {
    const { search, searched } = engine(site);
    const { results, relaxed } = await searchRelaxed('what is the web ide', search);
    expect(searched[0]).toBe('web ide');
    expect(ids(results)[0]).toBe('studio');
    expect(relaxed).toBe(false);
  });
  it('leads a comparison with the page of each side, then the pages holding both', async () => {
    const { search } = engine(site);
    const { results } = await searchRelaxed('canvas vs autopilot', search);
    expect(ids(results).slice(0, 3)).toEqual(['canvas', 'autopilot', 'summary']);
  });
  it('shows a side page with the excerpt of the search that matched both sides', async () => {
    const { search } = engine(site);
    const strictScore = (await search('canvas autopilot')).find((result) => result.id === 'canvas')?.score;
    const { results } = await searchRelaxed('canvas or autopilot', search);
    expect(results[0]).toMatchObject({ id: 'canvas', score: strictScore });
  });
  it('ranks the pages of a question by how well they match each word, a plain query by Pagefind', async () => {
    const { search } = engine({
      summary: 'tracks tracks tracks tracks tracks tracks experiments runs',
      mlflow: 'tracks experiments experiments experiments runs runs runs',
    });
    expect(ids((await searchRelaxed('tracks experiments runs', search)).results)).toEqual([
      'summary',
      'mlflow',
    ]);
    expect(ids((await searchRelaxed('which service tracks experiments and runs', search)).results)).toEqual([
      'mlflow',
      'summary',
    ]);
  });
  it('ranks a question by its words, not by holding them all: a page listing every term does not lead', async () => {
    const { search } = engine({
      // The cheat sheet names each word once; Studio's page is about the first two.
      summary: 'canvas studio web-based ide machine learning',
      studio: 'web-based ide web-based ide web-based ide web-based ide learning',
      overview: 'machine learning machine learning machine learning',
    });
    const { results } = await searchRelaxed('web-based IDE for machine learning', search);
    expect(ids(results)[0]).toBe('studio');
    expect(ids(results)).toContain('summary');
  });
  it('is empty, and not relaxed, only when no word is found anywhere', async () => {
    const { search } = engine(site);
    expect(await searchRelaxed('llama alpaca', search)).toEqual({ results: [], relaxed: false });
  });
});

describe('searchCorrected', () => {
  const pages = {
    clarify: 'clarify bias shap clarify',
    monitor: 'model monitor drift clarify',
    forms: 'a modal dialog modal window',
    popups: 'modal popups',
    measures: 'measures of a model',
  };
  const vocabulary = vocabularyOf(['Clarify', 'Model Monitor']);

  it('searches the closest term in place of a word the site does not use, and says so', async () => {
    const { search } = engine(pages);
    const answer = await searchCorrected('clarfy shap', search, vocabulary);
    expect(answer.correction).toBe('Clarify shap');
    expect(ids(answer.results)[0]).toBe('clarify');
  });
  it('keeps a word that more than one page uses, even where its closest term is commoner', async () => {
    const { search } = engine(pages);
    const answer = await searchCorrected('modal', search, vocabulary);
    expect(answer.correction).toBeUndefined();
    expect(ids(answer.results)).toEqual(['forms', 'popups']);
  });
  it('keeps a word one page uses when its closest term is no commoner', async () => {
    const { search } = engine(pages);
    expect(
      (await searchCorrected('measures', search, vocabularyOf(['treasures']))).correction,
    ).toBeUndefined();
  });
});
