// Every practice question as a flashcard CSV (Anki, Quizlet), written at build time; its name is
// flashcardsFile in src/lib/practice/flashcards.ts, which the practice page links to.
import type { APIRoute } from 'astro';
import { allQuestions, bankOrders } from '../data/questions';
import { flashcardsCsv } from '../lib/practice/flashcards';
import { questionUnits } from '../lib/practice/question-units';
import { topicHref } from '../lib/url';

// Links go to the deployed site; a build without a site URL (astro.config.mjs `site`) writes them
// relative to the site's root instead of guessing a host (which would be the dev server's).
export const GET: APIRoute = ({ site }) => {
  const pageUrl = (question: (typeof allQuestions)[number]) => {
    const href = topicHref(import.meta.env.BASE_URL, question.topic, question.heading);
    return site ? new URL(href, site).href : href;
  };
  // A case study's cards follow one another, as its questions do everywhere else.
  return new Response(flashcardsCsv(questionUnits(allQuestions).flat(), bankOrders, pageUrl), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
