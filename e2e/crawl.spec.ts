import { test, expect, expectAxeClean } from './fixtures';
import { builtPages } from './site';
import { topics } from '../src/data/topics';

const pages = builtPages();

// Every screen gets the same links.
test(
  'every page is reachable from the home page and every internal link resolves',
  { tag: '@desktop' },
  async ({ page, request, baseURL }) => {
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
    for (const path of pages)
      expect(reached, `page /${path} is reachable from the home page`).toContain(path);
  },
);

for (const path of pages) {
  test(`page /${path} has no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expectAxeClean(page);
  });
}

// Reading does not depend on the screen.
test.describe('without JavaScript', { tag: '@desktop' }, () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages) {
    test(`page /${path} reads well`, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main');
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
      // No label runs into its value (issue 14): "In one line:" and the exam-task badges.
      if (topics.some((topic) => `${topic.slug}/` === path)) {
        expect(await main.locator('.one-line').innerText()).toMatch(/^In one line: \S/);
        const tasks = main.locator('.exam-tasks > summary');
        if ((await tasks.count()) > 0) {
          expect(await tasks.innerText()).toMatch(/^Exam tasks: \d\.\d( \d\.\d)*\s*$/);
        }
      }
    });
  }
});
