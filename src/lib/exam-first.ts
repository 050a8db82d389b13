/**
 * The exam-first rules a topic page's MDX body must follow (the page chrome already puts the
 * one-line summary and the exam tip above the body): a "How to choose" section, where a page has
 * one, is the body's first section; every collapsed block is a "Going deeper" block, so a skimming
 * reader knows what is left out is beyond the exam; and the search aliases never appear as
 * "Also searched as" text.
 */

/** The body of an MDX file: frontmatter, imports and exports removed. */
export function mdxBody(source: string): string {
  const withoutFrontmatter = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return withoutFrontmatter.replace(/^(import|export) .*$/gm, '');
}

/** Level-2 headings of a Markdown body, in order, outside fenced code. */
export function sectionHeadings(body: string): string[] {
  const withoutCode = body.replace(/^```[\s\S]*?^```/gm, '');
  return [...withoutCode.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
}

/** The summaries of the `<details>` blocks of a body, in order ('' for a block without one). */
export function collapsedSummaries(body: string): string[] {
  return [...body.matchAll(/<details[^>]*>\s*(?:<summary>([\s\S]*?)<\/summary>)?/g)].map((match) =>
    (match[1] ?? '').trim(),
  );
}

export const goingDeeperPrefix = 'Going deeper: ';

/** What breaks the exam-first order in one page's MDX source; empty when it holds. */
export function examFirstProblems(source: string): string[] {
  const body = mdxBody(source);
  const problems: string[] = [];
  const headings = sectionHeadings(body);
  const choose = headings.findIndex((heading) => /^How to choose\b/i.test(heading));
  if (choose > 0) {
    problems.push(`"${headings[choose]}" should be the first section, not after "${headings[0]}"`);
  }
  for (const summary of collapsedSummaries(body)) {
    if (!summary.startsWith(goingDeeperPrefix)) {
      problems.push(`a collapsed block is not a "${goingDeeperPrefix.trim()}" block: "${summary}"`);
    }
  }
  if (/also searched as/i.test(body))
    problems.push('the search aliases are shown as "Also searched as" text');
  return problems;
}
