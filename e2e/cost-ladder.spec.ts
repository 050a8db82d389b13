import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAxeClean, brokenStorage, holdBack } from './fixtures';
import { dragOnto, expectOrder, keyboardMove, readOrder, sortInto, watchMoves, type DragInput } from './drag';

// Many real inputs (drags of 20 pointer moves, whole-page axe scans) per test: allow more than the
// default minute on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

// Logic the screen cannot change (scoring, storage, files) runs on desktop only (@desktop); the
// phone covers its own layout, touch and axe.

const page_ = 'jumpstart/';
const cheapestFirst = ['prompt-engineering', 'rag', 'instruction-fine-tuning', 'domain-adaptation'];

/** Opens the page, scrolls to the island and waits until it has hydrated. */
async function openLadder(page: Page) {
  await page.goto(page_);
  const island = page.locator('.cost-ladder');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByRole('heading', { name: 'Practice the order' })).toBeVisible();
  return island;
}

/** The practice list: its items in order, and an item's drag handle by place or by id. */
function practice(island: Locator) {
  const list = island.getByRole('list', { name: 'Rungs to order, cheapest first' });
  const items = list.locator(':scope > li');
  return {
    list,
    items,
    handle: (index: number) => items.nth(index).locator('[data-sortable="handle"]'),
    handleOf: (id: string) => list.locator(`li[data-id="${id}"] [data-sortable="handle"]`),
  };
}

/** The island's live region. */
const live = (island: Locator) => island.locator('[aria-live="polite"]');

test('hydrates only when the ladder scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(page_);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('CostLadderIsland'))).toEqual([]);
  await openLadder(page);
  expect(requested.some((url) => url.includes('CostLadderIsland'))).toBe(true);
});

test('a keyboard reader on a rung toggle as the ladder turns interactive keeps focus there', async ({
  page,
}) => {
  // The island's code waits until focus sits in the server-rendered ladder.
  const release = await holdBack(page, /\/_astro\/CostLadderIsland\.[\w-]+\.js$/);
  await page.goto(page_);
  const island = page.locator('.cost-ladder');
  const toggle = island.locator('ol.ladder summary').nth(1);
  await toggle.scrollIntoViewIfNeeded();
  await toggle.focus();
  await expect(island.getByRole('heading', { name: 'Practice the order' })).toHaveCount(0);
  release();
  await expect(island.getByRole('heading', { name: 'Practice the order' })).toBeVisible();
  await expect(toggle).toBeFocused();
  // The ladder's own keys now work from where the reader is.
  await page.keyboard.press('ArrowDown');
  await expect(island.locator('ol.ladder summary').nth(2)).toBeFocused();
});

test('shows the ladder cheapest first, with every fact and the fifth rung marked', async ({ page }) => {
  const island = await openLadder(page);
  const rungs = island.locator('ol.ladder > li');
  await expectOrder(rungs, [...cheapestFirst, 'pre-training'], 'data-rung');
  for (const rung of await rungs.all()) {
    for (const label of [
      'Relative cost',
      'What it needs',
      'Changes model weights?',
      'Use it when',
      'On AWS',
    ]) {
      await expect(rung.locator('dt', { hasText: label })).toBeVisible();
    }
  }
  await expect(rungs.nth(1)).toContainText('vector database');
  await expect(rungs.last()).toContainText('Not in older study material');
  // The page's table renders the same data in the same order.
  const tableRows = page.locator('table.customization-table tbody th');
  await expect(tableRows).toHaveText([
    /^1\. Prompt engineering/,
    /^2\. Retrieval/,
    /^3\. Instruction/,
    /^4\. Domain/,
    /^5\. Pre-training/,
  ]);
});

test('opens a rung for its detail and moves along the ladder with the arrow keys', async ({ page }) => {
  const island = await openLadder(page);
  const toggles = island.locator('ol.ladder summary');
  await toggles.nth(1).click();
  await expect(island.getByText(/Documents are split into chunks/)).toBeVisible();

  await toggles.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(toggles.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(toggles.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(island.getByText(/creates the weights from nothing/)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(toggles.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(toggles.first()).toBeFocused();
});

test('compares any two rungs side by side', async ({ page }) => {
  const island = await openLadder(page);
  await island.getByLabel('First rung').selectOption('domain-adaptation');
  await island.getByLabel('Second rung').selectOption('rag');
  const table = island.locator('.ladder-compare table');
  await expect(table.locator('caption')).toHaveText(
    'Retrieval Augmented Generation (RAG) is 2 rungs cheaper than Domain adaptation fine-tuning in the typical order.',
  );
  await expect(table.locator('thead th')).toHaveText([
    'Domain adaptation fine-tuning',
    'Retrieval Augmented Generation (RAG)',
  ]);
  await expect(table.getByRole('row', { name: /Changes model weights/ }).locator('td')).toHaveText([
    'Yes',
    'No',
  ]);
  // The new table is announced too, not only drawn.
  await expect(live(island)).toHaveText(
    'Comparing Domain adaptation fine-tuning with Retrieval Augmented Generation (RAG). Retrieval Augmented Generation (RAG) is 2 rungs cheaper than Domain adaptation fine-tuning in the typical order.',
  );
});

const fitCases: { answers: RegExp[]; fit: string; cheaper: number; note?: RegExp }[] = [
  { answers: [/private or fresh/], fit: 'Retrieval Augmented Generation (RAG)', cheaper: 1 },
  { answers: [/labeled examples/], fit: 'Instruction-based fine-tuning', cheaper: 2 },
  { answers: [/labeled examples/, /budget/], fit: 'Prompt engineering', cheaper: 0, note: /few-shot/ },
  {
    answers: [/jargon/, /private or fresh/],
    fit: 'Domain adaptation fine-tuning',
    cheaper: 3,
    note: /Add RAG on top/,
  },
  {
    answers: [/jargon/, /budget/],
    fit: 'Domain adaptation fine-tuning',
    cheaper: 3,
    note: /most expensive rung/,
  },
];

for (const { answers, fit, cheaper, note } of fitCases) {
  test(
    `recommends ${fit} for ${answers.map((answer) => answer.source).join(' + ')}`,
    { tag: '@desktop' },
    async ({ page }) => {
      const island = await openLadder(page);
      await expect(island.locator('.fit-result')).toHaveCount(0);
      for (const answer of answers) await island.getByRole('checkbox', { name: answer }).check();
      const result = island.locator('.fit-result');
      await expect(result).toContainText(`Cheapest fit: ${fit}.`);
      await expect(result.locator('li')).toHaveCount(cheaper);
      if (note) await expect(result).toContainText(note);
      const highlighted = island.locator('ol.ladder > li[data-fit="true"]');
      await expect(highlighted).toHaveCount(1);
      await expect(highlighted).toContainText('Fits your case');
      await expect(highlighted.locator('h4')).toHaveText(fit);
      await expect(live(island)).toHaveText(new RegExp(`Cheapest fit: ${fit.replace(/[()]/g, '\\$&')}`));
    },
  );
}

/** Solves the practice list with drags by `input`, including one downward drag first. */
async function solveByDragging(page: Page, input: DragInput) {
  const island = await openLadder(page);
  const { items, handle } = practice(island);
  const drag = (from: number, to: number) =>
    dragOnto(page, input, { item: items.nth(from), handle: handle(from), target: items.nth(to) });

  const before = await readOrder(items);
  await drag(0, 2);
  await expectOrder(items, [before[1], before[2], before[0], before[3]]);

  await sortInto(items, cheapestFirst, drag);
  // The click that ends a drag does not also pick the item up.
  await expect(island.locator('[data-sortable="handle"][aria-pressed="true"]')).toHaveCount(0);
  await island.getByRole('button', { name: 'Check my order' }).click();
  await expect(island.locator('.practice-result')).toHaveText(/^Correct:/);
  await expect(live(island)).toContainText('Correct');
}

test.describe('practice with a mouse', { tag: '@desktop' }, () => {
  test('is solved by dragging', async ({ page }) => {
    await solveByDragging(page, 'mouse');
  });
});

test.describe('practice with touch', { tag: '@phone' }, () => {
  test('is solved by dragging with a finger, and the page still scrolls', async ({ page }) => {
    await solveByDragging(page, 'touch');
    const handleStyle = await page
      .locator('.sortable-handle')
      .first()
      .evaluate((node) => getComputedStyle(node).touchAction);
    const itemStyle = await page
      .locator('.sortable-item')
      .first()
      .evaluate((node) => getComputedStyle(node).touchAction);
    expect([handleStyle, itemStyle]).toEqual(['none', 'auto']);
  });
});

test('practice is solved with the keyboard alone, with moves announced', async ({ page }) => {
  const island = await openLadder(page);
  const { items, handle, handleOf } = practice(island);
  const announced = live(island);
  const checkButton = island.getByRole('button', { name: 'Check my order' });

  // Reach the list by keyboard: from the last question, Tab lands on the first handle.
  await island.getByRole('checkbox', { name: /budget/ }).focus();
  await page.keyboard.press('Tab');
  await expect(handle(0)).toBeFocused();

  // Escape puts a picked-up item back where it was.
  const before = await readOrder(items);
  await page.keyboard.press('Enter');
  await expect(announced).toContainText('picked up at position 1 of 4');
  await page.keyboard.press('ArrowDown');
  await expect(announced).toContainText('moved to position 2 of 4');
  await expect(handleOf(before[0])).toBeFocused();
  await page.keyboard.press('Escape');
  await expectOrder(items, before);
  await expect(announced).toContainText('Move cancelled');
  await expect(handle(0)).toBeFocused();

  // Without a picked-up item, the arrow keys move focus along the list.
  await page.keyboard.press('ArrowDown');
  await expect(handle(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(handle(3)).toBeFocused();

  // Tab on to the check button: a wrong order is explained.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(checkButton).toBeFocused();
  await page.keyboard.press('Enter');
  const wrongCount = before.filter((id, index) => cheapestFirst[index] !== id).length;
  const explanations = island.locator('ul.practice-result li');
  await expect(explanations).toHaveCount(wrongCount);
  await expect(explanations.first()).toContainText('but belongs at');

  // Back into the list (Shift+Tab past Move up to the last handle), then solve it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(handle(3)).toBeFocused();
  await sortInto(items, cheapestFirst, async (from, to, id) => {
    await page.keyboard.press('Home');
    for (let step = 0; step < from; step++) await page.keyboard.press('ArrowDown');
    await keyboardMove(handleOf(id), to - from);
    await expect(announced).toContainText(`dropped at position ${to + 1} of 4`);
  });
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(checkButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(island.locator('.practice-result')).toHaveText(/^Correct:/);
});

test('Move up and Move down buttons reorder and keep focus on the moved item', async ({ page }) => {
  const island = await openLadder(page);
  const { list, items } = practice(island);
  const before = await readOrder(items);
  const moveDown = items.first().getByRole('button', { name: /^Move down/ });
  await moveDown.focus();
  const moves = await watchMoves(list, live(island));
  await page.keyboard.press('Enter');
  await expectOrder(items, [before[1], before[0], before[2], before[3]]);
  await expect(items.nth(1).getByRole('button', { name: /^Move down/ })).toBeFocused();
  // The button moved with its item without ever losing focus.
  expect((await moves()).focusLost).toBe(0);
  await items
    .nth(1)
    .getByRole('button', { name: /^Move up/ })
    .click();
  await expectOrder(items, before);
  // At the top, Move up is disabled: focus goes to the item's Move down, not to its handle, where
  // the next Enter would pick the item up.
  await expect(items.first().getByRole('button', { name: /^Move down/ })).toBeFocused();
});

test('keyboard moves keep focus on the handle, which says it is pressed, and each move is said once', async ({
  page,
}) => {
  const island = await openLadder(page);
  const { list, items, handleOf } = practice(island);
  const before = await readOrder(items);
  const handle = handleOf(before[0]);
  await handle.focus();
  const moves = await watchMoves(list, live(island));
  await expect(handle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  const steps = [
    ['ArrowDown', 2],
    ['ArrowDown', 3],
    ['End', 4],
    ['Home', 1],
  ] as const;
  for (const [key, position] of steps) {
    await page.keyboard.press(key);
    await expect(live(island)).toContainText(`moved to position ${position} of 4`);
    await expect(handle).toBeFocused();
  }
  await page.keyboard.press('Space');
  await expect(live(island)).toContainText('dropped at position 1 of 4');
  await expect(handle).toHaveAttribute('aria-pressed', 'false');
  const { said, focusLost } = await moves();
  expect(focusLost, 'times focus left the list').toBe(0);
  expect(said).toEqual([
    expect.stringContaining('picked up at position 1 of 4'),
    ...steps.map(([, position]) => expect.stringContaining(`moved to position ${position} of 4`)),
    expect.stringContaining('dropped at position 1 of 4'),
  ]);
});

test('holding an arrow key moves the item along and says only where it ends', async ({ page }) => {
  const island = await openLadder(page);
  const { list, items, handleOf } = practice(island);
  const before = await readOrder(items);
  const handle = handleOf(before[0]);
  await handle.focus();
  await page.keyboard.press('Enter');
  await expect(live(island)).toContainText('picked up at position 1 of 4');
  const moves = await watchMoves(list, live(island));
  // The first key down, then two of the key's own repeats (KeyboardEvent.repeat), then its release.
  for (let position = 2; position <= 4; position++) {
    await page.keyboard.down('ArrowDown');
    await expect.poll(async () => (await readOrder(items)).indexOf(before[0])).toBe(position - 1);
  }
  await page.keyboard.up('ArrowDown');
  await expect(live(island)).toContainText('moved to position 4 of 4');
  expect((await moves()).said).toEqual([
    expect.stringContaining('moved to position 2 of 4'),
    expect.stringContaining('moved to position 4 of 4'),
  ]);
  await expect(handle).toBeFocused();
});

test('a handle works when clicked or tapped: it picks the item up and drops it, and leaving drops it too', async ({
  page,
}, testInfo) => {
  const island = await openLadder(page);
  const { items, handleOf } = practice(island);
  const before = await readOrder(items);
  const handle = handleOf(before[0]);
  const press = () => (testInfo.project.name === 'phone' ? handle.tap() : handle.click());

  // A screen reader in browse mode, voice control or a switch sends a click and nothing else.
  await handle.dispatchEvent('click');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(live(island)).toContainText('picked up at position 1 of 4');
  await expect(handle).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expectOrder(items, [before[1], before[0], ...before.slice(2)]);
  await press();
  await expect(handle).toHaveAttribute('aria-pressed', 'false');
  await expect(live(island)).toContainText('dropped at position 2 of 4');

  // Picked up, then left with Tab: the item stays where it is, and that is said.
  await press();
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expectOrder(items, before);
  await page.keyboard.press('Tab');
  await expect(handle).not.toBeFocused();
  await expect(handle).toHaveAttribute('aria-pressed', 'false');
  await expect(live(island)).toContainText('dropped at position 1 of 4');
});

test('reads without JavaScript as an ordered list with all its facts', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(page_);
  const island = page.locator('.cost-ladder');
  const rungs = island.locator('ol.ladder > li');
  await expect(rungs).toHaveCount(5);
  await expect(rungs.first()).toContainText('Nothing but prompts');
  await expect(rungs.nth(2)).toContainText('prompt-response pairs');
  await expect(rungs.nth(3)).toContainText('Unlabeled text');
  await expect(island.locator('dt', { hasText: 'On AWS' })).toHaveCount(5);
  await rungs.first().locator('summary').click();
  await expect(rungs.first()).toContainText('AWS recommends starting here');
  await expect(island.getByRole('heading', { name: 'Practice the order' })).toHaveCount(0);
  await expect(island).toContainText('With JavaScript');
  await context.close();
});

test('fits a 320 px wide screen and honours reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const island = await openLadder(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await island.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
  const list = practice(island).items.first().locator('xpath=..');
  await list.evaluate((node) => node.setAttribute('data-dragging', 'true'));
  const duration = await practice(island)
    .items.nth(1)
    .evaluate((node) => getComputedStyle(node).transitionDuration);
  expect(duration).toBe('0s');
});

test('has no axe violations with every part of the island in use', async ({ page }) => {
  const island = await openLadder(page);
  await island.locator('ol.ladder summary').first().click();
  await island.getByRole('checkbox', { name: /private or fresh/ }).check();
  await island.getByRole('checkbox', { name: /jargon/ }).check();
  await island.getByRole('button', { name: 'Check my order' }).click();
  await practice(island).handle(0).focus();
  await page.keyboard.press('Space');
  await expectAxeClean(page);
});

for (const storage of brokenStorage) {
  test.describe(`with storage ${storage.name}`, { tag: '@desktop' }, () => {
    test.use({ expectedProblems: storage.expectedProblems });
    test('the ladder still sorts by keyboard', async ({ page }) => {
      await page.addInitScript(storage.init);
      const island = await openLadder(page);
      const { items, handleOf } = practice(island);
      const before = await readOrder(items);
      await handleOf(before[0]).focus();
      await keyboardMove(handleOf(before[0]), 1);
      await expectOrder(items, [before[1], before[0], ...before.slice(2)]);
    });
  });
}
