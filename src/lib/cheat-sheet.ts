/**
 * The cheat sheet's pure logic: it gathers the exam tips of every topic page (their wording cues
 * and "don't confuse" entries) into the sheet's lists, and merges a pair of services that two
 * pages each warn about into one row. The component feeds it the docs collection; the unit test
 * feeds it the MDX frontmatter, so the sheet cannot leave out a pair a page teaches.
 */
import type { Topic } from '../data/topics';
import type { PageSection } from './page-contents';

/** The sheet's sections, in order: their headings, and the entries of the page's contents. */
export const cheatSheetSections = {
  services: { slug: 'sheet-services', text: 'Every service in one line' },
  wording: { slug: 'sheet-wording', text: 'Wording in the question → service' },
  pairs: { slug: 'sheet-pairs', text: "Don't confuse" },
  limits: { slug: 'sheet-limits', text: 'Limits and orders' },
  closed: { slug: 'sheet-closed', text: 'Closed, and still on the exam' },
} as const satisfies Record<string, PageSection>;

export interface DontConfuse {
  with: string;
  difference: string;
}

/** What a topic page says about itself in its frontmatter, with its place in the topic list. */
export interface TopicTip {
  topic: Topic;
  summary: string;
  cues: readonly string[];
  dontConfuse: readonly DontConfuse[];
}

export interface ConfusablePair {
  /** The two things a question may swap, as the sheet names them. */
  sides: readonly [string, string];
  difference: string;
  /** Slugs of the pages that teach the pair (more than one when pages warn about each other). */
  pages: string[];
}

/** Names a `with` entry that already holds both sides ("Data drift vs concept drift"). */
const versus = /\s+vs\.?\s+/i;

/**
 * A name reduced to what identifies it: without "Amazon SageMaker"/"SageMaker" in front, without
 * a trailing parenthesis, lower-cased. "SageMaker Model Monitor" and "Model Monitor" match.
 */
export function normalizeName(name: string): string {
  return name
    .replace(/^(amazon\s+)?sagemaker\s+(ai\s+)?/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .toLowerCase();
}

/**
 * The key of a name: the slug of the topic it names, so a service named on another page is the
 * same thing as that page ("SageMaker JumpStart" is the "JumpStart and fine-tuning" topic: a label
 * matches by its whole or by its words before "and"), or its normalized name when no topic has it.
 */
export function entityKey(name: string, topics: readonly Topic[]): string {
  const wanted = normalizeName(name);
  const topic = topics.find((candidate) => {
    const label = normalizeName(candidate.label);
    return label === wanted || label.split(' and ')[0] === wanted;
  });
  return topic ? topic.slug : wanted;
}

/** The two sides of one "don't confuse" entry: the page's own topic and the neighbour it names. */
export function sidesOf(tip: TopicTip, entry: DontConfuse): [string, string] {
  const parts = entry.with.split(versus);
  if (parts.length === 2) return [parts[0].trim(), parts[1].trim()];
  if (parts.length > 2) {
    throw new Error(`"${entry.with}" on ${tip.topic.slug}: name one pair per "don't confuse" entry`);
  }
  return [tip.topic.label, entry.with];
}

/**
 * Every "don't confuse" entry of every page as one list of pairs, in page order. A pair two pages
 * both name (Clarify on the Model Monitor page, Model Monitor on the Clarify page) becomes one row,
 * with the first page's wording of the difference.
 */
export function confusablePairs(tips: readonly TopicTip[], topics: readonly Topic[]): ConfusablePair[] {
  const byKey = new Map<string, ConfusablePair>();
  for (const tip of tips) {
    for (const entry of tip.dontConfuse) {
      const sides = sidesOf(tip, entry);
      const key = sides
        .map((side) => entityKey(side, topics))
        .sort()
        .join(' | ');
      const known = byKey.get(key);
      if (known) {
        if (!known.pages.includes(tip.topic.slug)) known.pages.push(tip.topic.slug);
      } else {
        byKey.set(key, { sides, difference: entry.difference, pages: [tip.topic.slug] });
      }
    }
  }
  return [...byKey.values()];
}

/**
 * A summary cut to its first sentence, which the pages write as the line to remember; the
 * details after it stay on the page. A full stop ends a sentence only before a capital letter, so
 * "k-NN. Unsupervised" ends one and "0.5 and" or "e.g. a" do not.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text.trim();
}

/** A sentence that defines a term by an equation: "Overfitting = high variance: …". */
const definitionStart = /^[A-Z][^.=:]{0,40} = /;

/**
 * A page's summary as one line of the sheet: its first sentence, or its first two when the summary
 * opens with a pair of definitions ("Underfitting = …. Overfitting = ….") whose halves only make
 * sense together.
 */
export function sheetLine(summary: string): string {
  const first = firstSentence(summary);
  const second = firstSentence(summary.slice(first.length).trim());
  return definitionStart.test(first) && definitionStart.test(second) ? `${first} ${second}` : first;
}

/** The tips in the order of the topic list (the lifecycle order of the sidebar). */
export function inTopicOrder<Tip extends { topic: Topic }>(
  tips: readonly Tip[],
  topics: readonly Topic[],
): Tip[] {
  const position = (tip: Tip) => topics.findIndex((topic) => topic.slug === tip.topic.slug);
  return [...tips].sort((a, b) => position(a) - position(b));
}
