import { test, expect, useTheme, axeViolations, type Theme } from './fixtures';
import { builtPages } from './site';

const pages = builtPages();

test('every page is reachable from the home page and every internal link resolves', async ({
  page,
  request,
  baseURL,
}) => {
  // Visits every page once: its time grows with the site.
  test.setTimeout(180_000);
  const { origin, pathname: basePath, href: home } = new URL(String(baseURL));
  const seen = new Set<string>([home]);
  const queue = [home];
  const broken: string[] = [];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      broken.push(`${url} → ${response?.status()}`);
      continue;
    }
    // getAttribute, not .href: links inside SVG drawings have no string href property.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) =>
        links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href),
      );
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      target.hash = '';
      const key = target.href;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!target.pathname.startsWith(basePath)) {
        broken.push(`${url} links outside the base path: ${key}`);
      } else if (target.pathname.endsWith('/')) {
        queue.push(key);
      } else {
        const asset = await request.get(key);
        if (!asset.ok()) broken.push(`${url} → ${key} → ${asset.status()}`);
      }
    }
  }
  expect(broken).toEqual([]);
  const reached = [...seen]
    .map((url) => new URL(url).pathname.slice(basePath.length))
    .filter((path) => path === '' || path.endsWith('/'));
  for (const path of pages) expect(reached, `page /${path} is reachable from the home page`).toContain(path);
});

// Each combination only where it can differ: colours change with the theme, layout with the
// viewport. Desktop checks both themes; the phone checks its own layout in one theme; reading
// without JavaScript does not depend on the screen.
const themesFor: Record<string, readonly Theme[]> = { desktop: ['light', 'dark'], phone: ['light'] };

for (const path of pages) {
  test.describe(`page /${path}`, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
        test.skip(!themesFor[test.info().project.name]?.includes(theme), 'covered on desktop');
        await page.goto(path);
        await useTheme(page, theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('reads well without JavaScript', async ({ browser, baseURL }) => {
      test.skip(test.info().project.name !== 'desktop', 'the same on every screen');
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const noJsPage = await context.newPage();
      await noJsPage.goto(path);
      const main = noJsPage.locator('main');
      await expect(main.locator('h1')).toBeVisible();
      expect((await main.innerText()).trim().length).toBeGreaterThan(80);
      // A Markdown table wider than a phone scrolls; only a labelled, focusable region lets a
      // keyboard reach it (ScrollTable), whatever the width the table grows to later.
      const bareTables = await main
        .locator('.sl-markdown-content table:not([class]):not([role])')
        .evaluateAll(
          (tables) => tables.filter((table) => !table.closest('[data-scroll-table][aria-label]')).length,
        );
      expect(bareTables, 'Markdown tables outside a ScrollTable').toBe(0);
      await context.close();
    });
  });
}
