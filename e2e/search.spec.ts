import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { searchCases } from './search-queries';
import { openSearch, searchFor, searchReady, searchUi } from './search';

/**
 * A reader who lets the home page settle (the search UI has loaded and the service worker that
 * keeps the index has installed), then loses the network and opens search.
 */
async function searchOffline(page: Page, context: BrowserContext) {
  await page.goto('');
  await searchReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await openSearch(page);
}

test.describe('search', () => {
  test('loads its UI only when the reader reaches for it', async ({ page }, testInfo) => {
    const isSearchUi = (url: string) => /\/_astro\/ui-core\./.test(url);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('overview/', { waitUntil: 'networkidle' });
    await searchReady(page);
    // An idle page well past the point where Starlight used to load it.
    await page.waitForTimeout(500);
    expect(fetched.filter(isSearchUi)).toEqual([]);
    await expect(searchUi(page)).not.toBeAttached();
    const button = page.locator('site-search button[data-open-modal]');
    if (testInfo.project.name === 'phone') await button.tap();
    else await button.hover();
    await expect(searchUi(page)).toBeAttached();
    expect(fetched.filter(isSearchUi)).toHaveLength(1);
  });

  test('results link to pages and headings under the base path', async ({ page, baseURL }) => {
    const basePath = new URL(String(baseURL)).pathname;
    await page.goto('');
    await openSearch(page);
    expect((await searchFor(page, 'serverless', basePath))[0]).toBe('inference');
    const subResult = page.locator('#starlight__search .pagefind-ui__result-nested a').first();
    await expect(subResult).toHaveAttribute('href', new RegExp(`^${basePath}inference/#`));
    await expect(page.locator('#starlight__search .pagefind-ui__result-excerpt').first()).not.toBeEmpty();
  });

  // Phones have no physical keyboard shortcut.
  test('works with the keyboard alone', { tag: '@desktop' }, async ({ page, baseURL }) => {
    const basePath = new URL(String(baseURL)).pathname;
    await page.goto('overview/');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await page.keyboard.type('Model Registry');
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(/for Model Registry$/);
    const firstResult = page.locator('#starlight__search .pagefind-ui__result-link').first();
    for (let i = 0; i < 5 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(firstResult).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${basePath}model-registry/`));
    await expect(page.locator('h1')).toHaveText(/Model Registry/);
  });

  test('works by touch on a phone', { tag: '@phone' }, async ({ page, baseURL }) => {
    const basePath = new URL(String(baseURL)).pathname;
    await page.goto('overview/');
    await page
      .getByRole('button', { name: /^Search/ })
      .first()
      .tap();
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await expect(input).toBeVisible();
    await input.fill('Feature Store');
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(/for Feature Store$/);
    await page.locator('#starlight__search .pagefind-ui__result-link').first().tap();
    await expect(page).toHaveURL(new RegExp(`${basePath}feature-store/`));
  });

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' });

    test('keeps working when the network drops after the page has loaded', async ({
      page,
      context,
      baseURL,
    }) => {
      const basePath = new URL(String(baseURL)).pathname;
      await searchOffline(page, context);
      expect((await searchFor(page, 'Model Monitor', basePath))[0]).toBe('model-monitor');
      expect(await searchFor(page, 'Canvas', basePath)).toContain('canvas');
      await context.setOffline(false);
    });

    // Ranking does not depend on the viewport.
    test(
      'finds the expected page for every query of the table, offline',
      { tag: '@desktop' },
      async ({ page, context, baseURL }) => {
        test.setTimeout(1_200_000);
        const basePath = new URL(String(baseURL)).pathname;
        await searchOffline(page, context);
        const misses: string[] = [];
        for (const { query, page: expected, orPage } of searchCases) {
          const results = await searchFor(page, query, basePath);
          const rank = results.indexOf(expected) + 1;
          // A row with another teaching page accepts it first, with its own page close behind.
          const answered = rank === 1 || (results[0] === orPage && rank >= 1 && rank <= 3);
          if (!answered) {
            misses.push(
              `"${query}": /${expected}/ is ${rank ? `#${rank}` : 'missing'} in [${results.slice(0, 4).join(', ')}]`,
            );
          }
        }
        expect(misses).toEqual([]);
        await context.setOffline(false);
      },
    );
  });

  test.describe('on a missing page', () => {
    test.use({ expectedProblems: [/status of 404/] });

    test('the 404 page offers search seeded with the missing address, and every topic', async ({
      page,
      baseURL,
    }) => {
      const basePath = new URL(String(baseURL)).pathname;
      const response = await page.goto('feature-stor/');
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
      const box = page.getByRole('searchbox', { name: 'Search the study guide' });
      await expect(box).toHaveValue('feature stor');
      await box.press('Enter');
      await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(/for feature stor$/);
      const first = page
        .locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title a')
        .first();
      await expect(first).toHaveAttribute('href', `${basePath}feature-store/`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('link', { name: /Model Monitor/ }).first()).toBeVisible();
    });
  });
});
