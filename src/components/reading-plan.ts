/**
 * Reading time of every topic page, computed at build time from the words a reader reads on it:
 * the page's prose, its summary and exam tip, and its "Check yourself" questions with their
 * answers. The home page's ways in and two-week path read it.
 */
import { getEntry } from 'astro:content';
import { bankOrders, questionsOfTopic } from '../data/questions';
import { revisionDays, studyDays } from '../data/study-path';
import { topics } from '../data/topics';
import { flashcard } from '../lib/practice/flashcards';
import { orderOf } from '../lib/practice/option-order';
import { countWords, proseOfMdx, readingMinutes } from '../lib/reading-time';
import { readingDays, type PlannedPage, type ReadingDay } from '../lib/study-plan';

async function pageWords(slug: string): Promise<number> {
  const entry = await getEntry('docs', slug);
  if (!entry) throw new Error(`No page for topic "${slug}"`);
  const { summary = '', examTip } = entry.data;
  const tip = [
    ...(examTip?.cues ?? []),
    ...(examTip?.dontConfuse ?? []).flatMap((item) => [item.with, item.difference]),
  ];
  const questions = questionsOfTopic(slug).map((question) => {
    const card = flashcard(question, orderOf(question, bankOrders), '');
    return `${card.front} ${card.back}`;
  });
  return countWords([proseOfMdx(entry.body ?? ''), summary, ...tip, ...questions].join('\n'));
}

export interface ReadingPlan {
  days: ReadingDay[];
  /** Minutes of reading over all the reading days. */
  minutes: number;
}

/** The topic pages (all but the revision pages) in lifecycle order, split into balanced days. */
export async function readingPlan(): Promise<ReadingPlan> {
  const pages: PlannedPage[] = await Promise.all(
    topics
      .filter((topic) => topic.stage !== 'revise')
      .map(async (topic) => ({
        slug: topic.slug,
        label: topic.label,
        minutes: readingMinutes(await pageWords(topic.slug)),
      })),
  );
  return {
    days: readingDays(pages, studyDays - revisionDays.length),
    minutes: pages.reduce((sum, page) => sum + page.minutes, 0),
  };
}
