/** What a reader reports: the page (and question) it is about, prefilled into a new issue. */
export interface ErrorReport {
  /** The page's title, as the reader saw it. */
  pageTitle: string;
  /** The page's address below the site, e.g. `/aif-c01/clarify/`. */
  pagePath: string;
  /**
   * The id of the question reported, when it is one: enough to find it, and short, since every
   * question on a page carries its own link (its stem would weigh on the page).
   */
  questionId?: string;
}

/**
 * The address of a new GitHub issue on the site's repository, prefilled with what is reported, or
 * undefined when the build names no repository (then no link is shown). `repository` is the
 * repository's web address, e.g. `https://github.com/owner/repo`.
 */
export function reportErrorUrl(repository: string | undefined, report: ErrorReport): string | undefined {
  const home = repository
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!home) return undefined;
  const { pageTitle, pagePath, questionId } = report;
  const title = questionId ? `Error in question ${questionId}` : `Error on “${pageTitle}”`;
  const body = [
    `Page: ${pageTitle} (${pagePath})`,
    ...(questionId ? [`Question: ${questionId}`] : []),
    '',
    'What is wrong:',
    '',
    'What AWS says (a link to the AWS page, if you have one):',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title, body });
  return `${home}/issues/new?${query.toString()}`;
}
