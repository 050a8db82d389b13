import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

// The pre-training bias explainer on the Clarify page (issue 25): CI and DPL as AWS defines them,
// with the values src/lib/clarify's unit tests compute by hand.
test.describe.configure({ timeout: 180_000 });

const path = 'clarify/';

async function openExplainer(page: Page) {
  await page.goto(path);
  const island = page.locator('.bias-metrics');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByRole('slider').first()).toBeVisible();
  return island;
}

const ci = (page: Page) => page.locator('#bm-ci');
const dpl = (page: Page) => page.locator('#bm-dpl');

test('hydrates only when it scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('BiasMetricsIsland'))).toEqual([]);
  await openExplainer(page);
  expect(requested.some((url) => url.includes('BiasMetricsIsland'))).toBe(true);
});

test('with the mouse: scenarios set CI and DPL, with their meaning in words', async ({ page }) => {
  const island = await openExplainer(page);
  await expect(ci(page)).toHaveText('CI = 0.50 Facet a (under 60) has more members: strongly imbalanced.');
  await expect(dpl(page)).toHaveText('DPL = 0.20 Facet a (under 60) is approved more often.');
  await expect(island.locator('.bm-words')).toHaveText(
    'The under 60 group is 3× as numerous as the 60 and over group, and the under 60 group is approved 20 points more often.',
  );

  await island.getByRole('button', { name: 'Equal groups, unequal approvals' }).click();
  await expect(island.getByRole('button', { name: 'Equal groups, unequal approvals' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(ci(page)).toHaveText('CI = 0.00 Perfectly balanced: both groups are the same size.');
  await expect(dpl(page)).toContainText('DPL = 0.30');
  await expect(island.locator('[aria-live="polite"]')).toHaveText(
    /^Equal groups, unequal approvals\. CI 0\.00, DPL 0\.30\./,
  );

  // The edge case: an empty group. CI is 1 (only facet a), DPL undefined.
  await island.getByRole('button', { name: 'No applicants over 60' }).click();
  await expect(ci(page)).toHaveText('CI = 1.00 Only the under 60 group is in the data.');
  await expect(dpl(page)).toContainText('DPL = n/a');
  await expect(dpl(page)).toContainText('DPL is undefined');
});

test('with the keyboard alone: sliders change the groups and the change is announced', async ({ page }) => {
  const island = await openExplainer(page);
  const olderSize = island.getByRole('slider', { name: 'Applicants 60 and over (facet d)' });
  await island.getByRole('button', { name: 'Balanced and at parity' }).focus();
  await page.keyboard.press('Enter');
  await expect(ci(page)).toContainText('CI = 0.00');
  // Tab past the last scenario and the two sliders of facet a to the size of facet d.
  for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
  await expect(olderSize).toBeFocused();
  await page.keyboard.press('End');
  await expect(olderSize).toHaveAttribute('aria-valuetext', '1000 applicants');
  // (500 − 1000) / (500 + 1000)
  await expect(ci(page)).toHaveText('CI = -0.33 Facet d (60 and over) has more members.');
  await expect(island.locator('[aria-live="polite"]')).toHaveText(/^CI -0\.33, DPL 0\.00\./);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  // 0.55 − 0
  await expect(dpl(page)).toHaveText('DPL = 0.55 Facet a (under 60) is approved more often.');
});

test('by touch: a tap on a slider track and on a scenario', { tag: '@phone' }, async ({ page }) => {
  const island = await openExplainer(page);
  const approvedA = island.getByRole('slider', { name: 'Share approved, under 60' });
  await approvedA.scrollIntoViewIfNeeded();
  const box = await approvedA.boundingBox();
  if (!box) throw new Error('the slider has no box');
  await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
  await expect(approvedA).toHaveAttribute('aria-valuetext', '100% approved');
  await expect(dpl(page)).toContainText('DPL = 0.60');
  const fair = island.getByRole('button', { name: 'Balanced and at parity' });
  const fairBox = await fair.boundingBox();
  if (!fairBox) throw new Error('the button has no box');
  await page.touchscreen.tap(fairBox.x + fairBox.width / 2, fairBox.y + fairBox.height / 2);
  await expect(dpl(page)).toContainText('DPL = 0.00 Demographic parity');
});

test('reads without JavaScript as a worked example, with availability and the post-training link', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  const island = page.locator('.bias-metrics');
  await expect(island).toContainText('A worked example: few older applicants, approved less.');
  await expect(island.getByRole('slider')).toHaveCount(0);
  const table = island.getByRole('table', { name: 'How Clarify computes them' });
  await expect(table.getByRole('row', { name: /^Members/ })).toContainText('na = 750, nd = 250');
  await expect(table.getByRole('row', { name: /^Proportions/ })).toContainText('qa = 0.60, qd = 0.40');
  await expect(table.getByRole('link', { name: 'Class imbalance' })).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-bias-metric-class-imbalance.html',
  );
  await expect(table.getByRole('row', { name: /^Difference in proportions/ })).toContainText('= 0.20');
  await expect(page.getByRole('img', { name: /^CI = 0\.50/ })).toBeVisible();
  const after = page.locator('.bias-after');
  await expect(after.first()).toHaveText(
    /^Availability: Amazon SageMaker Clarify: Closed to new customers\. What AWS suggests for new customers instead: for foundation models, the open-source fmeval library/,
  );
  await expect(after.nth(1)).toContainText(
    'explains predictions with SHAP: see bias detection and explainability below.',
  );
  await expect(after.getByRole('link', { name: 'bias detection' })).toHaveAttribute(
    'href',
    '#3-bias-detection',
  );
  await expect(page.locator('[id="3-bias-detection"]')).toHaveCount(1);
  await expect(page.locator('[id="2-explainability"]')).toHaveCount(1);
  await context.close();
});

test('fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const island = await openExplainer(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await island.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
});

test('passes axe in both themes once hydrated', async ({ page }) => {
  await openExplainer(page);
  await expectAxeClean(page);
});
