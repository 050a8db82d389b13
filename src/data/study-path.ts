/**
 * The home page's two-week path: reading days over the topic pages in lifecycle order (their
 * lengths computed at build time, src/components/reading-plan.ts), then days to revise.
 */
export const studyDays = 14;

/** A day of the path after the reading: what to do and where. */
export interface RevisionDay {
  what: string;
  links: { slug: string; hash?: string; label: string }[];
}

export const revisionDays: readonly RevisionDay[] = [
  {
    what: 'Revise every page in one sitting, then look up the terms you hesitate on',
    links: [
      { slug: 'summary', label: 'Cheat sheet' },
      { slug: 'glossary', label: 'Glossary' },
    ],
  },
  {
    what: 'Practise across all topics, then retry what you missed',
    links: [{ slug: 'practice', hash: 'practice-start', label: 'Practice' }],
  },
  {
    what: 'Take a timed mock exam and re-read the pages behind your wrong answers',
    links: [{ slug: 'practice', hash: 'practice-start', label: 'Mock exam' }],
  },
  {
    what: 'Review the questions that are due, and the cheat sheet once more',
    links: [
      { slug: 'practice', hash: 'practice-start', label: 'Spaced review' },
      { slug: 'summary', label: 'Cheat sheet' },
    ],
  },
];
