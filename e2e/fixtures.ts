import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type Theme = 'light' | 'dark';

interface PageProblems {
  /** Console errors, uncaught page errors and requests to any other origin, as readable lines. */
  problems: string[];
  /** Problems a test provokes on purpose (e.g. the 404 status of a missing page), by pattern. */
  expectedProblems: RegExp[];
}

/**
 * `test` with a watch on every page: console errors, page errors and requests leaving the site's
 * origin are collected and fail the test at its end, so every e2e test checks them for free.
 */
export const test = base.extend<PageProblems>({
  expectedProblems: [[], { option: true }],
  problems: [
    async ({ page, baseURL, expectedProblems }, use) => {
      const { origin } = new URL(String(baseURL));
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use(problems);
      const unexpected = problems.filter(
        (problem) => !expectedProblems.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Shows the page in the given colour scheme (Starlight follows the system theme by default). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** WCAG 2.2 AA axe scan of the whole page. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
