/** What a reader reports: the page (and question) it is about, prefilled into a new issue. */
export interface ErrorReport {
  /** The page's title, as the reader saw it. */
  pageTitle: string;
  /** The page's address below the site, e.g. `/aif-c01/clarify/`. */
  pagePath: string;
  /** The question reported, when it is one. */
  question?: { id: string; stem: string };
}

/** GitHub caps a prefilled URL (about 8 KB); a long question stem is cut well before that. */
const stemLength = 300;

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
  const { pageTitle, pagePath, question } = report;
  const stem =
    question && question.stem.length > stemLength ? `${question.stem.slice(0, stemLength)}…` : question?.stem;
  const title = question ? `Error in question ${question.id}` : `Error on “${pageTitle}”`;
  const body = [
    `Page: ${pageTitle} (${pagePath})`,
    ...(question ? [`Question: ${question.id}`, `> ${stem}`] : []),
    '',
    'What is wrong:',
    '',
    'What AWS says (a link to the AWS page, if you have one):',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title, body });
  return `${home}/issues/new?${query.toString()}`;
}
