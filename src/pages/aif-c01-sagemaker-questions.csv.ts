// Every practice question as a flashcard CSV (Anki, Quizlet), written at build time; its name is
// flashcardsFile in src/lib/practice/flashcards.ts, which the practice page links to.
import type { APIRoute } from 'astro';
import { allQuestions } from '../data/questions';
import { flashcardsCsv } from '../lib/practice/flashcards';
import { topicHref } from '../lib/url';

export const GET: APIRoute = ({ site }) => {
  const pageUrl = (question: (typeof allQuestions)[number]) =>
    new URL(topicHref(import.meta.env.BASE_URL, question.topic, question.heading), site).href;
  return new Response(flashcardsCsv(allQuestions, pageUrl), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
