import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';
import { recordPointerTypes, expectPointerTypes, touchDrag } from './drag';

// The threshold explorer on the Evaluation metrics page (issue 25). Every number expected here is
// the one src/lib/threshold's unit tests derive by hand from src/data/threshold-examples.ts.
test.describe.configure({ timeout: 180_000 });

const path = 'model-evaluation/';

async function openExplorer(page: Page) {
  await page.goto(path);
  const island = page.locator('.threshold-explorer');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByRole('slider', { name: 'Threshold' })).toBeVisible();
  return island;
}

function parts(island: Locator) {
  return {
    slider: island.getByRole('slider', { name: 'Threshold' }),
    strip: island.locator('svg.te-strip'),
    cell: (name: string) => island.locator(`[data-cell="${name}"]`),
    metric: (name: string) => island.locator(`[data-metric="${name}"]`),
    roc: island.locator('#te-roc-caption'),
    live: island.locator('[aria-live="polite"]'),
    goal: (name: RegExp) => island.getByRole('button', { name }),
  };
}

/** The page x of a score on the strip (its axis runs from 12 to 288 of 300 units). */
async function xOf(strip: Locator, score: number) {
  await strip.scrollIntoViewIfNeeded();
  const box = await strip.boundingBox();
  if (!box) throw new Error('the strip has no box');
  return { x: box.x + ((12 + score * 276) / 300) * box.width, y: box.y + box.height * 0.4 };
}

test('hydrates only when it scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('ThresholdExplorerIsland'))).toEqual([]);
  await openExplorer(page);
  expect(requested.some((url) => url.includes('ThresholdExplorerIsland'))).toBe(true);
});

test('the exam’s goals set the threshold and the metrics follow; the AUC stays', async ({ page }) => {
  const island = await openExplorer(page);
  const { slider, cell, metric, roc, live, goal } = parts(island);
  await expect(slider).toHaveAttribute('aria-valuetext', '0.50');
  await expect(cell('tp')).toHaveText('TP 9');
  await expect(metric('Precision')).toHaveText('0.64');
  await expect(roc).toContainText('AUC 0.89');

  await goal(/Catch every fraud/).click();
  await expect(goal(/Catch every fraud/)).toHaveAttribute('aria-pressed', 'true');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.35');
  await expect(metric('Recall')).toHaveText('1.00');
  await expect(cell('fp')).toHaveText('FP 9');
  await expect(live).toHaveText(
    /^Catch every fraud \(recall\)\. Threshold 0\.35: 10 fraud caught, 0 missed, 9 false alarms/,
  );

  await goal(/Don’t block good customers/).click();
  await expect(slider).toHaveAttribute('aria-valuetext', '0.87');
  await expect(metric('Precision')).toHaveText('1.00');
  await expect(metric('Recall')).toHaveText('0.30');

  await goal(/Balanced/).click();
  await expect(slider).toHaveAttribute('aria-valuetext', '0.61');
  await expect(metric('F1')).toHaveText('0.76');
  await expect(roc).toContainText('AUC 0.89');
});

test('with the mouse: a press and a drag along the chart move the threshold', async ({ page }) => {
  const island = await openExplorer(page);
  const { slider, strip, cell, live } = parts(island);
  const from = await xOf(strip, 0.5);
  const to = await xOf(strip, 0.9);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuetext', /^0\.(89|90|91)$/);
  await expect(cell('fp')).toHaveText('FP 0');
  // Spoken once the drag pauses, with the figures at its end.
  await expect(live).toHaveText(/^Threshold 0\.(89|90|91): 2 fraud caught, 8 missed, 0 false alarms\./);
});

test('with the keyboard alone: arrow keys step the threshold and the change is announced', async ({
  page,
}) => {
  const island = await openExplorer(page);
  const { slider, cell, live } = parts(island);
  await island.getByRole('checkbox').focus();
  await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.53');
  await expect(cell('tp')).toHaveText('TP 8');
  await expect(live).toHaveText(/^Threshold 0\.53: 8 fraud caught, 2 missed, 5 false alarms\./);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.00');
  await expect(cell('tn')).toHaveText('TN 0');
});

test('imbalanced data: flagging nothing is 95% accurate and catches no fraud', async ({ page }) => {
  const island = await openExplorer(page);
  const { slider, metric, live } = parts(island);
  await island.getByRole('checkbox', { name: /Imbalanced data/ }).check();
  await expect(live).toHaveText(/^Imbalanced data: 2 frauds in 40\./);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(metric('Accuracy')).toHaveText('0.95');
  await expect(metric('Recall')).toHaveText('0.00');
  await expect(metric('Precision')).toHaveText('n/a');
  await expect(island).toContainText('flagging nothing is already 95% accurate');
});

test('regression: one far-off prediction makes RMSE jump more than MAE', async ({ page }) => {
  const island = await openExplorer(page);
  const last = island.getByRole('slider', { name: /Prediction for order 6/ });
  const caption = island.locator('caption', { hasText: 'Predicted delivery times' });
  await expect(caption).toHaveText('Predicted delivery times: MAE 2.5 min, RMSE 2.7 min');
  await last.fill('51');
  await expect(last).toHaveAttribute('aria-valuetext', '51 minutes');
  await expect(caption).toHaveText('Predicted delivery times: MAE 5.8 min, RMSE 10.0 min');
  await expect(island.locator('[aria-live="polite"]')).toHaveText(/^MAE 5\.8 minutes, RMSE 10\.0 minutes\./);
});

test(
  'by touch: a tap and a one-finger drag along the chart move the threshold',
  { tag: '@phone' },
  async ({ page }) => {
    const island = await openExplorer(page);
    const { slider, strip } = parts(island);
    await recordPointerTypes(page);
    const tap = await xOf(strip, 0.2);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect(slider).toHaveAttribute('aria-valuetext', /^0\.(19|20|21)$/);
    await expectPointerTypes(page, 'touch');
    await touchDrag(page, await xOf(strip, 0.2), await xOf(strip, 0.7));
    await expect(slider).toHaveAttribute('aria-valuetext', /^0\.(69|70|71)$/);
  },
);

test('reads without JavaScript as a worked example at 0.5', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  const island = page.locator('.threshold-explorer');
  await expect(island).toContainText('A worked example at a threshold of 0.5');
  await expect(island.getByRole('slider')).toHaveCount(0);
  const matrix = island.getByRole('table', { name: 'Confusion matrix at 0.50' });
  await expect(matrix.getByRole('row', { name: /^Fraud/ })).toHaveText(/TP 9\s*FN 1/);
  const metrics = island.getByRole('table', { name: 'Metrics at 0.50' });
  await expect(metrics.getByRole('row', { name: /^F1/ })).toHaveText(
    /^F1\s*2×9 \/ \(2×9 \+ 5 \+ 1\)\s*0\.75\s*$/,
  );
  await expect(island.getByRole('img', { name: /ROC curve, AUC 0\.89/ })).toBeVisible();
  await expect(
    island.getByRole('img', {
      name: /At the threshold of 0\.50, 14 of 30 transactions are flagged, 9 of them really fraud/,
    }),
  ).toBeVisible();
  await context.close();
});

test('fits a 320 px screen with visible keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const island = await openExplorer(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await island.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
  await parts(island).slider.focus();
  await page.keyboard.press('ArrowLeft');
  const outline = await parts(island).slider.evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(outline).not.toBe('none');
});

test('passes axe in both themes once hydrated', async ({ page }) => {
  const island = await openExplorer(page);
  await parts(island)
    .goal(/Balanced/)
    .click();
  await expectAxeClean(page);
});
