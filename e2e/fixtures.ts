import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export type Theme = 'light' | 'dark';

interface PageProblems {
  /**
   * Console errors, uncaught page errors, Content Security Policy violations and requests to any
   * other origin, as readable lines.
   */
  problems: string[];
  /** Problems a test provokes on purpose (e.g. the 404 status of a missing page), by pattern. */
  expectedProblems: RegExp[];
}

/**
 * `test` with a watch on every page: console errors, page errors, CSP violations and requests
 * leaving the site's origin are collected and fail the test at its end, so every e2e test checks
 * them for free. The page the test ends on must carry the site's Content Security Policy.
 */
export const test = base.extend<PageProblems>({
  // The service worker downloads the whole site (about 2 MB) on a page's first load: only the
  // tests of offline behaviour let it in (test.use({ serviceWorkers: 'allow' })).
  serviceWorkers: 'block',
  expectedProblems: [[], { option: true }],
  problems: [
    async ({ page, baseURL, expectedProblems }, use) => {
      const { origin } = new URL(String(baseURL));
      const problems: string[] = [];
      // Chromium also logs most violations to the console; the event catches every one, with the
      // directive that refused it.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || 'an inline script or style'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
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
      if (!page.isClosed() && page.url().startsWith(origin)) {
        await expect(
          page.locator('meta[http-equiv="Content-Security-Policy"]'),
          'the page carries its Content Security Policy',
        ).toHaveAttribute('content', /script-src 'self'/);
      }
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

/**
 * Holds back every response whose URL matches until the returned function is called: an island's
 * code arriving late, as on a slow phone, so a test can act on the server-rendered version first.
 */
export async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Scans the page as it stands and expects no WCAG 2.2 AA violation. Colours change with the theme
 * and layout with the viewport: each project scans fully in the light theme, and the desktop
 * then scans the dark theme's colours too.
 */
export async function expectAxeClean(page: Page): Promise<void> {
  await useTheme(page, 'light');
  expect(await axeViolations(page, 'all'), 'axe, light theme').toEqual([]);
  if (test.info().project.name === 'phone') return;
  await useTheme(page, 'dark');
  expect(await axeViolations(page, 'colour'), 'axe, dark theme').toEqual([]);
}

/**
 * WCAG 2.2 AA axe scan of the page, every rule or the colour rules only. axe-core runs in the page
 * itself: the site has no frames, and @axe-core/playwright's frame-by-frame run opens an extra page
 * per scan, which cost 1–2 s each, a third of the suite's time.
 */
async function axeViolations(page: Page, rules: 'all' | 'colour') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (coloursOnly) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const ruleIds = inPage
      .getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .filter(({ tags }) => !tags.includes('experimental') && (!coloursOnly || tags.includes('cat.color')))
      .map(({ ruleId }) => ruleId);
    const results = await inPage.run(document, {
      runOnly: { type: 'rule', values: ruleIds },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, rules === 'colour');
  return violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Ways a browser's localStorage fails, each with the errors Starlight's own theme script then
 * throws on every page (the site's interactives must keep working regardless).
 */
export const brokenStorage = [
  {
    name: 'turned off',
    expectedProblems: [/The operation is insecure|StarlightThemeProvider is not defined/],
    init: () =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
  },
  {
    name: 'full',
    expectedProblems: [/The quota has been exceeded/],
    init: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  },
];
