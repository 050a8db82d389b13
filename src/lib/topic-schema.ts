import { z } from 'astro/zod';
import { availabilityIds } from '../data/availability';
import { examTaskIds } from '../data/exam-guide';

/**
 * Frontmatter every topic page carries on top of Starlight's own. Optional here because the home
 * and 404 pages have none; `missingTopicFields` makes them mandatory for topic pages, and the page
 * chrome calls it so the build fails when a topic page lacks one.
 */
export const topicFields = z.object({
  /** "In one line": what the exam wants you to remember. */
  summary: z.string().min(20).optional(),
  examTip: z
    .object({
      /** Wording in a question that points to this service. */
      cues: z.array(z.string()).min(1),
      /** Neighbours the exam likes to swap in, and the difference. */
      dontConfuse: z.array(z.object({ with: z.string(), difference: z.string() })).default([]),
    })
    .optional(),
  /** Date the page was last checked against AWS documentation (YYYY-MM-DD). */
  verified: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  sources: z.array(z.object({ title: z.string(), url: z.url().startsWith('https://') })).optional(),
  examTasks: z.array(z.enum(examTaskIds)).optional(),
  /** Acronyms, everyday words and typos readers search with: indexed and weighted for search, hidden on the page. */
  aliases: z.array(z.string()).default([]),
  /**
   * Closed services (ids in src/data/availability.ts) the page names besides its own topic; each is
   * shown as a short closure note. A page's own service gets its badge from the data, not from here.
   */
  mentions: z.array(z.enum(availabilityIds)).default([]),
  related: z.array(z.string()).default([]),
});

export type TopicFields = z.infer<typeof topicFields>;

const requiredForTopics = ['summary', 'examTip', 'verified', 'sources', 'examTasks'] as const;

/** Names the topic-page fields a page lacks (an empty list when it has them all). */
export function missingTopicFields(data: Partial<TopicFields>): string[] {
  const missing: string[] = requiredForTopics.filter((field) => data[field] === undefined);
  if (data.sources && !data.sources.some((source) => isAwsDocumentation(source.url))) {
    missing.push('sources (at least one AWS documentation link)');
  }
  return missing;
}

export function isAwsDocumentation(url: string): boolean {
  return /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|sagemaker\.readthedocs\.io)\//.test(url);
}
