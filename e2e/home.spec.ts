import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { interactives } from '../src/data/interactives';
import { topics } from '../src/data/topics';

test('the home title keeps the exam code on one line', async ({ page }) => {
  await page.goto('');
  const lines = await page.locator('h1').evaluate((title) => {
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const at = text.search(/AIF.C01/);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'AIF-C01'.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }
    return 0;
  });
  expect(lines, 'lines the exam code spans').toBe(1);
});

/** The ways in, by link name, and the page each opens below the base path ('#…' stays on the home). */
const ways: [string, string][] = [
  ['Start studying', '#two-week-path'],
  ['Practise', 'practice/'],
  ['Take a mock exam', 'practice/#practice-start'],
  ['Try the interactives', '#try-the-interactives'],
  ['Cheat sheet', 'summary/'],
  ['Glossary', 'glossary/'],
];

const waysIn = (page: Page) => page.getByRole('navigation', { name: 'Ways in' });

test('every way in is in the first screen and links below the base path', async ({ page, baseURL }) => {
  await page.goto('');
  const screen = await page.evaluate(() => window.innerHeight);
  for (const [name, target] of ways) {
    const link = waysIn(page).getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport();
    const bottom = await link.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(bottom, `"${name}" ends above the fold`).toBeLessThanOrEqual(screen);
    const href = new URL(String(await link.getAttribute('href')), page.url()).href;
    expect(href).toBe(new URL(target, baseURL).href);
  }
  // The reading time it promises is the sum of the path's pages.
  const total = await waysIn(page).getByRole('listitem').first().textContent();
  const minutes = (text: string) => {
    const [, hours = '0', rest = '0'] = /(?:(\d+) h)? ?(?:(\d+) min)?/.exec(text) ?? [];
    return Number(hours) * 60 + Number(rest);
  };
  const pageTimes = await page
    .locator('.study-path li')
    .evaluateAll((days) =>
      days.flatMap((day) =>
        [...day.querySelectorAll('a')].map((link) => link.nextSibling?.textContent ?? ''),
      ),
    );
  const sum = pageTimes
    .map((text) => /\(([^)]*)\)/.exec(text)?.[1] ?? '')
    .filter(Boolean)
    .reduce((all, text) => all + minutes(text), 0);
  expect(total).toContain(`(${Math.floor(sum / 60)} h ${sum % 60} min in all)`);
});

test('"Start studying" opens a fourteen-day path through every topic page with its reading time', async ({
  page,
}) => {
  await page.goto('');
  await waysIn(page).getByRole('link', { name: 'Start studying' }).click();
  await expect(page.getByRole('heading', { name: 'Two-week path', level: 2 })).toBeInViewport();
  const days = page.locator('.study-path > li');
  await expect(days).toHaveCount(14);
  await expect(days.first()).toContainText(/^Day 1 \(\d+ min\) SageMaker AI overview \(\d+ min\)/);
  const reading = topics.filter((topic) => topic.stage !== 'revise').map((topic) => topic.label);
  const linked = await page.locator('.study-path a').allTextContents();
  expect(linked.slice(0, reading.length)).toEqual(reading);
  await expect(days.last()).toContainText('Day 14');
});

test('"Take a mock exam" lands on the practice menu where the mock starts', async ({ page }) => {
  await page.goto('');
  await waysIn(page).getByRole('link', { name: 'Take a mock exam' }).click();
  const menu = page.getByRole('heading', { name: 'Start a session' });
  await expect(menu).toBeFocused();
  await expect(page.getByRole('button', { name: /Start a timed mock/ })).toBeInViewport();
});

test('each interactive is named with what it teaches and links to where it is', async ({ page, baseURL }) => {
  await page.goto('');
  await waysIn(page).getByRole('link', { name: 'Try the interactives' }).click();
  const list = page.locator('.interactive-list');
  await expect(list.getByRole('listitem')).toHaveCount(interactives.length);
  for (const interactive of interactives) {
    const link = list.getByRole('link', { name: interactive.name, exact: true });
    const item = list
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: interactive.name, exact: true }) });
    await expect(item).toContainText(interactive.teaches);
    const target = `${interactive.slug}/${interactive.heading ? `#${interactive.heading}` : ''}`;
    expect(new URL(String(await link.getAttribute('href')), page.url()).href).toBe(
      new URL(target, baseURL).href,
    );
  }
});

test('an interactive link lands on its section', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('');
  await page.locator('.interactive-list').getByRole('link', { name: 'Fit explorer' }).click();
  await expect(page.getByRole('heading', { name: 'Explore: bias, variance and fit' })).toBeInViewport();
});

test('the page says what it does not cover, with AWS links, and who made it', async ({ page }) => {
  await page.goto('');
  const box = page.locator('aside').filter({ hasText: 'Study these elsewhere' });
  for (const subject of ['Amazon Bedrock', 'Prompt engineering', 'Amazon Q', 'The other AWS AI services']) {
    await expect(box.getByText(subject, { exact: true })).toBeVisible();
  }
  for (const href of await box
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  }
  await expect(page.getByRole('heading', { name: 'About this site' })).toBeAttached();
  await expect(page.locator('main')).toContainText(
    'not affiliated with, or endorsed by, Amazon Web Services',
  );
});

test.describe('the lifecycle map on a phone', { tag: '@phone' }, () => {
  // The fold is a <details>: it must open without JavaScript too.
  test.use({ javaScriptEnabled: false });

  test('is one line of stages that opens to the whole map', async ({ page }) => {
    await page.goto('');
    const map = page.locator('.lifecycle-map');
    const fold = map.locator('summary');
    await expect(fold).toHaveText(
      /^Start here → Prepare data → .* → Automate: open the map of the \d+ pages$/,
    );
    const featureStore = map.getByRole('link', { name: 'Feature Store' });
    await expect(featureStore).toBeHidden();
    const { height, screen } = await map.evaluate((figure) => ({
      height: figure.getBoundingClientRect().height,
      screen: window.innerHeight,
    }));
    expect(height, 'the folded map takes less than a third of a screen').toBeLessThan(screen / 3);
    await fold.click();
    await expect(featureStore).toBeVisible();
  });
});

test('every page offers to report an error on it, as a prefilled issue on the repository', async ({
  page,
}) => {
  // The e2e build names https://github.com/example/aif-c01 (npm run build:e2e); without a repository
  // the link is not rendered at all (src/lib/report-error.test.ts).
  for (const [path, title] of [
    ['', 'Amazon SageMaker AI for the AIF-C01 exam'],
    ['clarify/', 'SageMaker Clarify'],
  ]) {
    await page.goto(path);
    const link = page.getByRole('link', { name: 'Report an error on this page' });
    await expect(link).toBeAttached();
    const url = new URL(String(await link.getAttribute('href')));
    expect(url.origin + url.pathname).toBe('https://github.com/example/aif-c01/issues/new');
    expect(url.searchParams.get('title')).toContain(title);
    expect(url.searchParams.get('body')).toContain(`/aif-c01/${path}`);
  }
});

test(
  'an answered practice question offers to report an error in it',
  { tag: '@desktop' },
  async ({ browser, baseURL }) => {
    // Without JavaScript every answer is in the page, so the first question's is one click away.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('clarify/');
    const question = page.locator('section.check-yourself .q-static').first();
    await question.locator('summary').click();
    const link = question.getByRole('link', { name: 'Report an error in this question' });
    await expect(link).toBeVisible();
    const url = new URL(String(await link.getAttribute('href')));
    expect(url.searchParams.get('title')).toMatch(/^Error in question clarify-/);
    await context.close();
  },
);
