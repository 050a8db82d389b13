import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAxeClean, brokenStorage } from './fixtures';
import { inferenceOptions } from '../src/data/inference-options';

// Whole-page axe scans and many real inputs per test: allow more than the default minute on a busy
// two-core machine.
test.describe.configure({ timeout: 180_000 });

// Logic the screen cannot change (scoring, storage, files) runs on desktop only (@desktop); the
// phone covers its own layout, touch and axe.

const page_ = 'inference/';

/** Opens the deployment page, scrolls to the chooser and waits until it has hydrated. */
async function openChooser(page: Page) {
  await page.goto(page_);
  const chooser = page.locator('.inference-chooser');
  await chooser.scrollIntoViewIfNeeded();
  await expect(chooser.getByRole('heading', { name: 'Describe the workload' })).toBeVisible();
  return chooser;
}

/** The chooser's parts a test reads or drives. */
function parts(chooser: Locator) {
  const result = chooser.locator('section.chooser-result');
  return {
    result,
    heading: result.getByRole('heading', { level: 3 }),
    ruledOut: (option: string) => result.locator(`.chooser-ruled-out li[data-option="${option}"]`),
    alsoFits: result.getByRole('heading', { name: 'Also fits' }).locator('xpath=following-sibling::ul[1]/li'),
    live: chooser.locator('[aria-live="polite"]'),
    payload: chooser.getByRole('slider', { name: 'Size of one request' }),
    time: chooser.getByRole('slider', { name: 'Processing time per request' }),
    preset: (name: string) => chooser.getByRole('button', { name }),
    wish: (name: string | RegExp) => chooser.getByRole('checkbox', { name }),
    traffic: (name: string | RegExp) => chooser.getByRole('radio', { name }),
  };
}

test('hydrates only when the chooser scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(page_);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('InferenceChooserIsland'))).toEqual([]);
  await openChooser(page);
  expect(requested.some((url) => url.includes('InferenceChooserIsland'))).toBe(true);
});

test('starts from fraud detection: real-time, the limits that decide it, and why the others fail', async ({
  page,
}) => {
  const { result, heading, ruledOut, preset, payload, time } = parts(await openChooser(page));
  await expect(preset('Online fraud detection')).toHaveAttribute('aria-pressed', 'true');
  await expect(payload).toHaveAttribute('aria-valuetext', '1 KB');
  await expect(time).toHaveAttribute('aria-valuetext', '100 ms');
  await expect(heading).toHaveText('Recommended: Real-time inference');
  const deciding = result.locator('.chooser-deciding li');
  await expect(deciding.first()).toContainText('Payload: up to 6 MB.');
  await expect(deciding.nth(1)).toContainText('Processing time: 60 seconds.');
  await expect(deciding.first().getByRole('link')).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html',
  );
  await expect(ruledOut('serverless')).toContainText('Cold starts are not acceptable.');
  await expect(ruledOut('asynchronous')).toContainText('The caller needs the answer within its call.');
  await expect(ruledOut('batch-transform')).toContainText('Requests arrive one by one');
  for (const link of await result.getByRole('link').all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\/sagemaker\//);
  }
});

test('with the mouse: an oversized request rules everything out, and giving up a wish brings async in', async ({
  page,
}) => {
  const chooser = await openChooser(page);
  const { heading, ruledOut, payload, wish, live, result, preset } = parts(chooser);
  const edge = () =>
    result.evaluate((box) => {
      const style = getComputedStyle(box);
      return `${style.borderInlineStartStyle} ${style.borderInlineStartColor}`;
    });
  await expect(heading).toHaveText(/^Recommended: /);
  const recommendationEdge = await edge();
  // Click the far end of the size slider: 2 GB, past every limit.
  const box = await payload.boundingBox();
  if (!box) throw new Error('the size slider has no box');
  await payload.click({ position: { x: box.width - 2, y: box.height / 2 } });
  await expect(payload).toHaveAttribute('aria-valuetext', '2 GB');
  await expect(chooser.locator('#chooser-payload + .chooser-value')).toHaveText('2 GB');
  await expect(heading).toHaveText('Nothing fits all of this');
  expect(await edge(), 'nothing fits is not drawn like a recommendation').not.toBe(recommendationEdge);
  expect(await edge()).toMatch(/^dashed /);
  await expect(ruledOut('real-time')).toContainText('A request over 6 MB: yours is 2 GB.');
  await expect(ruledOut('asynchronous')).toContainText('A request over 1 GB: yours is 2 GB.');
  await expect(result).toContainText('A limit or the traffic pattern rules out every option');
  await expect(live).toHaveText(/Changed\. Nothing fits all of this\./);
  await expect(preset('Online fraud detection')).toHaveAttribute('aria-pressed', 'false');

  // Back to 500 MB by clicking along the track, then drop the wish for an answer within the call.
  await payload.click({ position: { x: box.width * 0.85, y: box.height / 2 } });
  await expect(payload).toHaveAttribute('aria-valuetext', /MB$/);
  await expect(result).toContainText('Closest: Asynchronous inference, if you can give up');
  await wish(/answer within its call/).click();
  await expect(heading).toHaveText('Recommended: Asynchronous inference');
  await expect(live).toHaveText(/Changed\. Recommended: Asynchronous inference\./);
});

test('with the keyboard alone: sliders, traffic and wishes move the recommendation, and it is announced', async ({
  page,
}) => {
  const chooser = await openChooser(page);
  const { heading, ruledOut, payload, time, wish, traffic, live, alsoFits, preset } = parts(chooser);

  // Tab from the last preset to the size slider; each arrow press moves one stop.
  await preset('Daily product recommendations').focus();
  await page.keyboard.press('Tab');
  await expect(payload).toBeFocused();
  const stops = ['10 KB', '100 KB', '500 KB', '1 MB', '2 MB', '4 MB', '5 MB', '6 MB'];
  for (const stop of stops) {
    await page.keyboard.press('ArrowRight');
    await expect(payload).toHaveAttribute('aria-valuetext', stop);
  }
  await expect(heading).toHaveText('Recommended: Real-time inference');
  await page.keyboard.press('ArrowRight');
  await expect(payload).toHaveAttribute('aria-valuetext', '10 MB');
  await expect(heading).toHaveText('Nothing fits all of this');
  await expect(ruledOut('real-time')).toContainText('A request over 6 MB: yours is 10 MB.');
  // The announcement waits for the slider to settle, then says what changed.
  await expect(live).toHaveText(/Changed\. Nothing fits all of this\. Closest: Asynchronous inference\./);
  await page.keyboard.press('Home');
  await expect(payload).toHaveAttribute('aria-valuetext', '1 KB');

  // Processing time past a minute rules real-time out again.
  await page.keyboard.press('Tab');
  await expect(time).toBeFocused();
  for (const stop of ['1 second', '10 seconds', '30 seconds', '1 minute', '1.5 minutes']) {
    await page.keyboard.press('ArrowRight');
    await expect(time).toHaveAttribute('aria-valuetext', stop);
  }
  await expect(ruledOut('real-time')).toContainText('Processing over 1 minute: yours takes 1.5 minutes.');
  await page.keyboard.press('Home');
  await expect(heading).toHaveText('Recommended: Real-time inference');

  // Into the traffic radios: arrow to "a whole dataset"; real-time still wins while the caller waits.
  await page.keyboard.press('Tab');
  await expect(traffic(/Steady/)).toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  await expect(traffic('A whole dataset at once')).toBeChecked();
  await expect(heading).toHaveText('Recommended: Real-time inference');
  await expect(ruledOut('batch-transform')).toContainText('The caller needs the answer within its call.');

  // Tab to the first wish and untick it with Space: batch transform now fits, and two more also do.
  await page.keyboard.press('Tab');
  await expect(wish(/answer within its call/)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(heading).toHaveText('Recommended: Batch transform');
  await expect(live).toHaveText(/Changed\. Recommended: Batch transform\./);
  await expect(alsoFits).toHaveText([
    /^Asynchronous inference\. The exam prefers batch transform here: for a whole dataset/,
    /^Real-time inference\. The exam prefers batch transform here/,
  ]);
});

test('a classic exam scenario preset, then one control moves the recommendation', async ({ page }) => {
  const chooser = await openChooser(page);
  const { heading, result, preset, wish, live, alsoFits } = parts(chooser);

  await preset('Weekly churn prediction').click();
  await expect(preset('Weekly churn prediction')).toHaveAttribute('aria-pressed', 'true');
  await expect(chooser).toContainText('Score every row of a customer table');
  await expect(heading).toHaveText('Recommended: Batch transform');
  await expect(live).toHaveText(/^Weekly churn prediction\. Changed\. Recommended: Batch transform\./);
  await expect(alsoFits).toHaveCount(2);
  // Older study material's "max 1 hour" is corrected where it applies, marked and linked to ModelClientConfig.
  const correction = result.locator('.chooser-notes li', {
    hasText: 'Older study material says “Max 1 hour”',
  });
  await expect(correction).toContainText('not the whole job');
  await expect(correction.locator('.chooser-badge')).toHaveText('AWS today');
  await expect(correction.getByRole('link')).toHaveAttribute('href', /API_ModelClientConfig\.html$/);

  await preset('Chatbot used during office hours').click();
  await expect(heading).toHaveText('Recommended: Serverless inference');
  await wish('Cold starts are acceptable').click();
  await expect(heading).toHaveText('Nothing fits all of this');
  await expect(result).toContainText(
    'Closest: Serverless inference, if you can give up “Cold starts are not acceptable”.',
  );
  await wish('Idle time must cost nothing').click();
  await expect(heading).toHaveText('Recommended: Real-time inference');

  await preset('Medical imaging (MRI scans)').click();
  await expect(heading).toHaveText('Recommended: Asynchronous inference');
  await expect(result.locator('.chooser-notes')).toContainText(
    'Set InvocationTimeoutSeconds: left unset, it allows only 15 minutes.',
  );
  // Scale to zero is what lets async cost nothing while idle: newer than older study material.
  await expect(
    result.locator('.chooser-deciding li', { hasText: 'minimum of zero instances' }),
  ).toContainText('AWS today');
});

test('reads without JavaScript as the decision rules in text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(page_);
  const chooser = page.locator('.inference-chooser');
  await expect(chooser).toContainText('With JavaScript');
  await expect(chooser.getByRole('slider')).toHaveCount(0);
  const rulesOut = chooser.getByRole('table', { name: 'What rules each option out' });
  // One row per option, in the order of the data the page's table also renders.
  await expect(rulesOut.getByRole('rowheader')).toHaveText(inferenceOptions.map((option) => option.name));
  const serverless = rulesOut.getByRole('row', { name: /^Serverless inference/ });
  await expect(serverless).toContainText('A request over 4 MB.');
  await expect(serverless).toContainText('The model needs a GPU.');
  await expect(serverless.getByRole('link', { name: /feature exclusions/ })).toHaveAttribute(
    'href',
    /serverless-endpoints\.html#serverless-endpoints-how-it-works-exclusions$/,
  );
  await expect(rulesOut.getByRole('row', { name: /^Asynchronous/ })).toContainText('AWS today');
  // Each limit is named once, in its rule; older study material's rounding is left to the comparison table.
  const realTime = rulesOut.getByRole('row', { name: /^Real-time inference/ });
  await expect(realTime).toContainText('A request over 6 MB.');
  await expect(realTime).not.toContainText('Payload: up to 6 MB');
  await expect(rulesOut.getByRole('row', { name: /^Batch transform/ })).toContainText(
    'the comparison table above gives both figures',
  );
  const prefers = chooser.getByRole('table', { name: 'When several options fit, the exam prefers' });
  await expect(prefers.getByRole('row', { name: /^A whole dataset/ })).toContainText(
    'Batch transform, then Asynchronous inference, then Real-time inference, then Serverless inference.',
  );
  await expect(prefers.getByRole('row', { name: /^Steady/ })).not.toContainText('Batch transform');
  await context.close();
});

test("a slider's new value is said once: by the slider, not by a live region beside it", async ({ page }) => {
  const chooser = await openChooser(page);
  const { payload, live } = parts(chooser);
  // Everything screen readers treat as a live region, explicit or implied by the element or role.
  const liveRegions = chooser.locator(
    '[aria-live]:not([aria-live="off"]), output, [role="status"], [role="alert"], [role="log"]',
  );
  await expect(liveRegions).toHaveCount(1);
  await payload.focus();
  await page.keyboard.press('ArrowRight');
  await expect(payload).toHaveAttribute('aria-valuetext', '10 KB');
  await expect(chooser.locator('#chooser-payload + .chooser-value')).toHaveText('10 KB');
  await expect(live).toHaveText(/^Recommended: Real-time inference\.$/);
});

test('fits a 320 px wide screen, and keyboard focus is visible', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const chooser = await openChooser(page);
  await parts(chooser).preset('Daily product recommendations').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await chooser.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);

  await page.keyboard.press('Tab');
  const focused = chooser.locator(':focus-visible');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(outline).not.toBe('none');
});

test('has no axe violations with every part of the result shown', async ({ page }) => {
  const chooser = await openChooser(page);
  const { preset, heading } = parts(chooser);
  await preset('Weekly churn prediction').click();
  await expect(heading).toHaveText('Recommended: Batch transform');
  await parts(chooser).payload.focus();
  await expectAxeClean(page);
  await preset('Online fraud detection').click();
  await parts(chooser).wish('Idle time must cost nothing').click();
  await expect(heading).toHaveText('Nothing fits all of this');
  await expectAxeClean(page);
});

for (const storage of brokenStorage) {
  test.describe(`with storage ${storage.name}`, { tag: '@desktop' }, () => {
    test.use({ expectedProblems: storage.expectedProblems });
    test('the chooser still answers', async ({ page }) => {
      await page.addInitScript(storage.init);
      const { heading, preset } = parts(await openChooser(page));
      await expect(heading).toHaveText('Recommended: Real-time inference');
      await preset('Weekly churn prediction').click();
      await expect(heading).toHaveText('Recommended: Batch transform');
    });
  });
}
