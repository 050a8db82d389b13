import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openSearch, searchFor } from './search';
import { openBuilder, readPipeline } from './pipeline-builder';

// Offline behaviour does not depend on the viewport: desktop only.
test.describe('offline', { tag: '@desktop' }, () => {
  test.use({ serviceWorkers: 'allow' });

  /** One visit, left to settle: the service worker has installed the whole site and controls the page. */
  async function visitOnce(page: Page, path: string) {
    await page.goto(path);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  test('after one visit, every page, search and both interactives work with the network off', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const basePath = new URL(String(baseURL)).pathname;
    await visitOnce(page, 'overview/');
    await context.setOffline(true);

    // A page never visited, reached through the sidebar as a reader would.
    await page.getByRole('link', { name: 'JumpStart', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${basePath}jumpstart/$`));
    await expect(page.locator('h1')).toContainText('JumpStart');

    // Search: Pagefind's UI, engine and index all come from the worker's cache.
    await openSearch(page);
    expect((await searchFor(page, 'Model Monitor', basePath))[0]).toBe('model-monitor');
    await page.keyboard.press('Escape');

    // The cost ladder hydrates from the cache and answers.
    const ladder = page.locator('.cost-ladder');
    await ladder.scrollIntoViewIfNeeded();
    await ladder.getByLabel('First rung').selectOption('domain-adaptation');
    await ladder.getByLabel('Second rung').selectOption('rag');
    await expect(ladder.locator('.ladder-compare caption')).toContainText('2 rungs cheaper');

    // The pipeline builder, another page never visited, loads and edits.
    const builder = await openBuilder(page);
    await builder.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => readPipeline(builder)).toEqual([]);
    await builder
      .locator('.pb-palette-item[data-step-type="Processing"]')
      .getByRole('button', { name: /^Add/ })
      .click();
    await expect
      .poll(async () => (await readPipeline(builder)).map((step) => step.type))
      .toEqual(['Processing']);
    await context.setOffline(false);
  });

  test('the questions CSV downloads offline after one visit to the practice page', async ({
    page,
    context,
  }) => {
    await visitOnce(page, 'practice/');
    await context.setOffline(true);
    const href = String(
      await page.getByRole('link', { name: /Download every question as CSV/ }).getAttribute('href'),
    );
    const text = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(text.startsWith('#separator:Comma')).toBe(true);
    await context.setOffline(false);
  });

  test("offline, an address without its trailing slash or one the site never had shows the site's 404 page", async ({
    page,
    context,
  }) => {
    await visitOnce(page, 'overview/');
    await context.setOffline(true);
    // Online, GitHub Pages redirects /summary to /summary/; offline the worker cannot, so the
    // reader gets the site's page, which offers to search for the words of the address.
    await page.goto('summary');
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('searchbox', { name: 'Search the study guide' })).toHaveValue('summary');
    await page.goto('no-such-page/');
    await expect(page.locator('h1')).toHaveText('Page not found');
    // Never some other page of the site.
    await expect(page).toHaveURL(/\/no-such-page\/$/);
    await context.setOffline(false);
  });

  test('a new deploy is announced, and taken only when the reader reloads', async ({ page }) => {
    await visitOnce(page, 'overview/');
    // Announced through a live region that is in the page from the start.
    const region = page.getByRole('status').filter({ hasText: 'A new version of this guide is ready' });
    await expect(region).toHaveCount(1);
    const notice = region.locator('div', { hasText: 'A new version of this guide is ready' });
    await expect(notice).toBeHidden();
    // Stands in for the next deploy: a worker at another address installs as an update of the same
    // scope, as a rebuilt sw.js does (the served file cannot change under the shared test server).
    const nextWorker = await page.evaluate(async () => {
      const current = await navigator.serviceWorker.getRegistration();
      const next = await navigator.serviceWorker.register('../sw.js?next-deploy', { scope: current?.scope });
      return new URL('../sw.js?next-deploy', location.href).href === next.installing?.scriptURL
        ? next.installing.scriptURL
        : null;
    });
    expect(nextWorker).not.toBeNull();
    await expect(notice).toBeVisible();
    const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // The new worker waits: this page keeps the files it was opened with until the reader agrees.
    expect(await controller()).not.toBe(nextWorker);
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await controller()).toBe(nextWorker);
    await expect(page.locator('h1')).toBeVisible();
  });
});
