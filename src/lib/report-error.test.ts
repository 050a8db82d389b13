import { describe, expect, it } from 'vitest';
import { reportErrorUrl } from './report-error';

/** The issue address, parsed; a test expecting one fails on none. */
function issue(url: string | undefined): URL {
  expect(url).toBeDefined();
  return new URL(String(url));
}

const page = { pageTitle: 'Clarify', pagePath: '/aif-c01/clarify/' };

describe('reportErrorUrl', () => {
  it('gives no address when the build names no repository', () => {
    expect(reportErrorUrl(undefined, page)).toBeUndefined();
    expect(reportErrorUrl('', page)).toBeUndefined();
    expect(reportErrorUrl('  ', page)).toBeUndefined();
  });

  it("opens a new issue on the repository, titled and described with the reader's page", () => {
    const url = issue(reportErrorUrl('https://github.com/owner/aif-c01', page));
    expect(url.origin + url.pathname).toBe('https://github.com/owner/aif-c01/issues/new');
    expect(url.searchParams.get('title')).toBe('Error on “Clarify”');
    expect(url.searchParams.get('body')).toContain('Page: Clarify (/aif-c01/clarify/)');
  });

  it('accepts the repository address with a trailing slash or .git', () => {
    for (const repository of ['https://github.com/owner/aif-c01/', 'https://github.com/owner/aif-c01.git']) {
      expect(reportErrorUrl(repository, page)).toMatch(
        /^https:\/\/github\.com\/owner\/aif-c01\/issues\/new\?/,
      );
    }
  });

  it('names the question by its id', () => {
    const url = issue(
      reportErrorUrl('https://github.com/owner/aif-c01', { ...page, questionId: 'clarify-shap-loan' }),
    );
    expect(url.searchParams.get('title')).toBe('Error in question clarify-shap-loan');
    expect(url.searchParams.get('body')).toContain('Question: clarify-shap-loan');
  });

  it('encodes characters that would end the query early', () => {
    const url = issue(
      reportErrorUrl('https://github.com/owner/aif-c01', { pageTitle: 'A & B #1', pagePath: '/x/?y' }),
    );
    expect(url.searchParams.get('title')).toBe('Error on “A & B #1”');
  });
});
