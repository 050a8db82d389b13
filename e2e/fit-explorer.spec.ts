import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

// The bias–variance explainer on the Bias, variance and fit page (issue 25). The seeded samples
// make every error here the one src/lib/fit's unit tests see.
test.describe.configure({ timeout: 180_000 });

const path = 'bias-variance/';

async function openExplorer(page: Page) {
  await page.goto(path);
  const island = page.locator('.fit-explorer');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByRole('slider', { name: /Polynomial degree/ })).toBeVisible();
  return island;
}

const verdict = (page: Page) => page.locator('.fe-verdict');
const row = (page: Page, degree: number) =>
  page
    .getByRole('table', { name: /Mean squared error by degree/ })
    .getByRole('row', { name: new RegExp(`^${degree} `) });

test('hydrates only when it scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('FitExplorerIsland'))).toEqual([]);
  await openExplorer(page);
  expect(requested.some((url) => url.includes('FitExplorerIsland'))).toBe(true);
});

test('with the keyboard alone: the degree walks from underfitting to overfitting, announced', async ({
  page,
}) => {
  const island = await openExplorer(page);
  const degree = island.getByRole('slider', { name: /Polynomial degree/ });
  await degree.focus();
  await page.keyboard.press('Home');
  await expect(verdict(page)).toHaveText(
    'Degree 1: underfitting. Training error 0.306, validation error 0.327.',
  );
  await page.keyboard.press('End');
  await expect(degree).toHaveAttribute('aria-valuetext', 'degree 10, overfitting');
  await expect(verdict(page)).toHaveText(
    'Degree 10: overfitting. Training error 0.000, validation error 3.316.',
  );
  await expect(row(page, 10)).toHaveAttribute('aria-current', 'true');
  await expect(island.locator('[aria-live="polite"]')).toHaveText(/^Degree 10: overfitting\./);
  // Tab to a remedy and turn it on with Space: regularisation tames degree 10.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(island.getByRole('checkbox', { name: /Regularisation/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(verdict(page)).toContainText('validation error 0.144');
});

test('with the mouse: more training data turns degree 10 into a good fit', async ({ page }) => {
  const island = await openExplorer(page);
  const degree = island.getByRole('slider', { name: /Polynomial degree/ });
  const box = await degree.boundingBox();
  if (!box) throw new Error('the slider has no box');
  await degree.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await expect(verdict(page)).toContainText('Degree 10: overfitting');
  await island.getByRole('checkbox', { name: /More training data/ }).click();
  await expect(verdict(page)).toContainText('Degree 10: good fit');
  await expect(island.locator('figcaption')).toContainText('48 training points');
});

test('by touch: a tap on the slider track sets the degree', { tag: '@phone' }, async ({ page }) => {
  const island = await openExplorer(page);
  const degree = island.getByRole('slider', { name: /Polynomial degree/ });
  // Clear of the page's sticky header.
  await degree.evaluate((slider) => slider.scrollIntoView({ block: 'center' }));
  const box = await degree.boundingBox();
  if (!box) throw new Error('the slider has no box');
  await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
  await expect(degree).toHaveAttribute('aria-valuetext', 'degree 10, overfitting');
  await expect(island.locator('figcaption')).toContainText('it memorises noise');
});

const run = (page: Page) => page.locator('.fe-run');
const epochRow = (page: Page, epoch: string) =>
  page
    .getByRole('table', { name: /Mean squared error by epoch/ })
    .getByRole('row', { name: new RegExp(`^${epoch} `) });

test('early stopping by keyboard: training stops where validation error stops improving', async ({
  page,
}) => {
  const island = await openExplorer(page);
  await island.getByRole('slider', { name: /Polynomial degree/ }).focus();
  await page.keyboard.press('End');
  await expect(run(page)).toHaveText(
    'Trained for all 20,000 epochs: validation error was lowest at epoch 8 (0.134) and ended at 3.308.',
  );
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const stopping = island.getByRole('checkbox', { name: /Early stopping/ });
  await expect(stopping).toBeFocused();
  await page.keyboard.press('Space');
  const stopped =
    'Early stopping: validation error was lowest at epoch 8 (0.134) and did not improve for 10 more, so training stopped at epoch 18 of 20,000 and kept epoch 8’s model.';
  await expect(run(page)).toHaveText(stopped);
  // The model kept is the best epoch's: degree 10 no longer memorises the noise.
  await expect(verdict(page)).toHaveText(
    'Degree 10: overfitting. Training error 0.017, validation error 0.134.',
  );
  await expect(epochRow(page, '8')).toContainText('lowest validation');
  await expect(epochRow(page, '18')).toContainText('stopped');
  await expect(epochRow(page, '20,000')).toHaveCount(0);
  await expect(island.locator('[aria-live="polite"]')).toContainText(stopped);
  await expect(island.getByRole('link', { name: 'Stop training jobs early (AWS)' })).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-early-stopping.html',
  );
});

test('early stopping by pointer (a tap on a phone) at degree 3', async ({ page }) => {
  const island = await openExplorer(page);
  const stopping = island.getByRole('checkbox', { name: /Early stopping/ });
  if (test.info().project.name === 'phone') await stopping.tap();
  else await stopping.click();
  await expect(stopping).toBeChecked();
  await expect(run(page)).toContainText('lowest at epoch 12 (0.104)');
  await expect(run(page)).toContainText('training stopped at epoch 22 of 20,000');
  await expect(epochRow(page, '22')).toContainText('stopped');
  await stopping.click();
  await expect(run(page)).toHaveText(
    'Trained for all 20,000 epochs: validation error was lowest at epoch 12 (0.104) and ended at 0.105.',
  );
});

test('reads without JavaScript as a worked example at degree 3', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  const island = page.locator('.fit-explorer');
  await expect(island).toContainText('A worked example at degree 3');
  await expect(island.getByRole('slider')).toHaveCount(0);
  await expect(verdict(page)).toHaveText('Degree 3: good fit. Training error 0.042, validation error 0.105.');
  await expect(row(page, 1)).toContainText('underfitting');
  await expect(row(page, 10)).toContainText('3.316');
  await expect(page.getByRole('img', { name: /the degree-3 model/ })).toBeVisible();
  await expect(run(page)).toHaveText(
    'Trained for all 20,000 epochs: validation error was lowest at epoch 12 (0.104) and ended at 0.105.',
  );
  await expect(epochRow(page, '12')).toContainText('lowest validation');
  await expect(epochRow(page, '20,000')).toContainText('last');
  await expect(page.locator('.fe-features')).toContainText(
    'SageMaker Debugger availability: Closed to new customers from 30 July 2026',
  );
  await context.close();
});

test('fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const island = await openExplorer(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await island.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
});

test('passes axe in both themes once hydrated', async ({ page }) => {
  await openExplorer(page);
  await expectAxeClean(page);
});
