/**
 * Lists the sections that components render in Starlight's "On this page": Check yourself on a
 * topic page with questions, the cheat sheet's parts, the glossary's letters.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { findTopic } from './data/topics';
import { questionsOfTopic } from './data/questions';
import { glossary } from './data/glossary';
import { cheatSheetSections } from './lib/cheat-sheet';
import { groupByLetter, letterId } from './lib/glossary';
import { withSections, type PageSection } from './lib/page-contents';

/** The heading Check yourself renders (CheckYourselfIsland), which the jump under the title targets. */
export const checkYourself: PageSection = { slug: 'check-yourself', text: 'Check yourself' };

function componentSections(id: string): PageSection[] {
  if (id === 'summary') return Object.values(cheatSheetSections);
  if (id === 'glossary')
    return groupByLetter(glossary).map(({ letter }) => ({ slug: letterId(letter), text: letter }));
  if (findTopic(id) && questionsOfTopic(id).length > 0) return [checkYourself];
  return [];
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.toc) return;
  route.toc.items = withSections(route.toc.items, componentSections(route.entry.id));
});
