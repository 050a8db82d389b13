import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import type { CaseStudy, Question } from '../src/data/questions/types';
import { questionHash } from '../src/lib/practice/content-hash';
import { test, expect, expectAxeClean, brokenStorage, holdBack } from './fixtures';

// Whole-page axe scans and several page loads per test on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

// Logic the screen cannot change (scoring, storage, files) runs on desktop only (@desktop); the
// phone covers its own layout, touch and axe.

/** Every question file's questions, read at run time so the tests follow the data. */
async function loadQuestions(): Promise<Question[]> {
  const folder = new URL('../src/data/questions/topics/', import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const modules = await Promise.all(
    files.map(
      (name) =>
        import(pathToFileURL(new URL(name, folder).pathname).href) as Promise<{ questions: Question[] }>,
    ),
  );
  return modules.flatMap((module) => module.questions);
}

/** A question of `format`, from the topic page with the most questions of that format. */
async function questionOf<F extends Question['format']>(
  format: F,
): Promise<Extract<Question, { format: F }>> {
  const found = (await loadQuestions()).filter(
    (question): question is Extract<Question, { format: F }> => question.format === format,
  );
  test.skip(found.length === 0, `no ${format} question yet`);
  return found[0];
}

/** The first option of a question that is right (or wrong). */
function optionThat(question: Extract<Question, { format: 'single' | 'multiple' }>, right: boolean) {
  const option = question.options.find((candidate) => candidate.correct === right);
  if (!option) throw new Error(`${question.id} has no ${right ? 'right' : 'wrong'} option`);
  return option;
}

/** Opens a topic page, scrolls to "Check yourself" and waits for the island to hydrate. */
async function openCheckYourself(page: Page, topic: string) {
  await page.goto(`${topic}/`);
  const island = page.locator('section.check-yourself');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByTestId('topic-progress')).toBeVisible();
  return island;
}

/** The card of one question, by id. */
const card = (island: Locator, question: Question) => island.locator(`[data-question="${question.id}"]`);
const live = (scope: Locator) => scope.locator('[aria-live="polite"]');

/**
 * The verdict is said once: focus moves to it, where a screen reader reads it, and the live region
 * does not say it again.
 */
async function expectVerdictSaidOnce(island: Locator, box: Locator, verdict: string) {
  await expect(box.locator('.q-verdict')).toBeFocused();
  await expect(box.locator('.q-verdict')).toHaveText(verdict);
  await expect(live(island)).not.toContainText(/Correct|Incorrect/);
}

/** Answers a multiple-choice question by pointer (tap on touch screens), right or wrong. */
async function answerSingle(
  scope: Locator,
  question: Extract<Question, { format: 'single' }>,
  right: boolean,
) {
  const option = optionThat(question, right);
  const box = card(scope, question);
  const touch = test.info().project.name === 'phone';
  const radio = box.getByRole('radio', { name: option.text, exact: true });
  if (touch) await radio.tap();
  else await radio.click();
  const check = box.getByRole('button', { name: 'Check answer' });
  if (touch) await check.tap();
  else await check.click();
  await expect(box.locator('.q-verdict')).toHaveText(right ? '✓ Correct.' : '✗ Incorrect.');
}

test('answers by pointer: explanations of every option appear only after checking, and count in the marker', async ({
  page,
}) => {
  const question = await questionOf('single');
  const island = await openCheckYourself(page, question.topic);
  const box = card(island, question);
  for (const option of question.options) await expect(box).not.toContainText(option.why);
  await answerSingle(island, question, false);
  for (const option of question.options) await expect(box).toContainText(option.why);
  await expectVerdictSaidOnce(island, box, '✗ Incorrect.');
  await expect(box.getByRole('link', { name: 'Read the section that teaches this' })).toHaveAttribute(
    'href',
    `#${question.heading}`,
  );
  await expect(page.locator(`[id="${question.heading}"]`)).toHaveCount(1);
  await expect(island.getByTestId('topic-progress')).toContainText('You have answered 1 of');
  await expect(island.getByTestId('topic-progress')).toContainText('1 due for review');
  // The answer is kept: the page says the same after a reload.
  await page.reload();
  const again = await openCheckYourself(page, question.topic);
  await expect(again.getByTestId('topic-progress')).toContainText('You have answered 1 of');
  // The markers under the title and in the sidebar say the same on every topic page.
  const total = (await loadQuestions()).filter((candidate) => candidate.topic === question.topic).length;
  await expect(page.locator('.practice-title-badge')).toHaveText(
    `Practice: 1 of ${total} questions answered, 1 due for review`,
  );
  await page.goto('practice/');
  const sidebarLink = page.locator(`#starlight__sidebar a[href$="/${question.topic}/"]`);
  await expect(sidebarLink.locator('.practice-badge')).toHaveText(`1/${total} · 1 due`);
  await expect(sidebarLink.locator('.sr-only')).toHaveText(
    `, 1 of ${total} questions answered, 1 due for review`,
  );
  // On a phone the sidebar sits closed behind the menu button; where it shows, the link says it all.
  if (await sidebarLink.isVisible()) {
    await expect(sidebarLink).toHaveAccessibleName(
      new RegExp(`1 of ${total} questions answered, 1 due for review$`),
    );
  }
});

test('answers by keyboard alone: arrows pick, Enter checks, focus moves to the verdict', async ({ page }) => {
  const question = await questionOf('single');
  const island = await openCheckYourself(page, question.topic);
  const box = card(island, question);
  const right = optionThat(question, true).text;
  await box.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (
    let step = 0;
    step < 4 && !(await box.getByRole('radio', { name: right, exact: true }).isChecked());
    step++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(box.getByRole('radio', { name: right, exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectVerdictSaidOnce(island, box, '✓ Correct.');
  // From the verdict: the section that teaches it, the report link (this build names a repository),
  // then Answer again.
  await page.keyboard.press('Tab');
  await expect(box.getByRole('link', { name: 'Read the section that teaches this' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('link', { name: 'Report an error in this question' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Answer again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box.getByRole('radio').first()).toBeFocused();
});

test('a keyboard reader inside the questions as they turn interactive stays on the same question', async ({
  page,
}) => {
  const question = (await loadQuestions()).find((candidate) => candidate.topic === 'built-in-algorithms');
  if (!question) throw new Error('no question on built-in-algorithms');
  // The topic's questions wait until focus sits in the static version.
  const release = await holdBack(page, /\/_astro\/built-in-algorithms\.[\w-]+\.js$/);
  await page.goto('built-in-algorithms/');
  const island = page.locator('section.check-yourself');
  const staticAnswer = island.locator(`[data-question="${question.id}"] summary`).first();
  await staticAnswer.focus();
  await expect(staticAnswer).toBeFocused();
  release();
  const box = island.locator(`.q[data-question="${question.id}"]`);
  await expect(box).toBeVisible();
  await expect(box.locator('input, select, button').first()).toBeFocused();
});

test('orders steps with Move up and Move down and matches with selects, by keyboard', async ({ page }) => {
  const ordering = await questionOf('ordering');
  const island = await openCheckYourself(page, ordering.topic);
  const box = card(island, ordering);
  const items = box.locator('.sortable-item');
  // Put the items in the right order with the Move up buttons, one at a time.
  for (const [target, item] of ordering.items.entries()) {
    for (let guard = 0; guard < 5; guard++) {
      const texts = await items.locator('.sortable-content').allTextContents();
      const at = texts.findIndex((text) => text.startsWith(item.text));
      if (at === target) break;
      const up = items.nth(at).getByRole('button', { name: /^Move up/ });
      await up.focus();
      await page.keyboard.press('Enter');
    }
  }
  await box.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(box.locator('.q-verdict')).toHaveText('✓ Correct.');
  for (const item of ordering.items) await expect(box).toContainText(item.why);

  const matching = await questionOf('matching');
  const matchIsland = await openCheckYourself(page, matching.topic);
  const matchBox = card(matchIsland, matching);
  for (const pair of matching.pairs) {
    const select = matchBox.getByRole('combobox', { name: pair.prompt, exact: true });
    await select.focus();
    // Chromium changes a closed select's value with the arrow keys.
    for (let guard = 0; guard < 8; guard++) {
      const chosen = await select.evaluate((node: HTMLSelectElement) => node.selectedOptions[0]?.textContent);
      if (chosen === pair.answer) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  await matchBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(matchBox.locator('.q-verdict')).toHaveText('✓ Correct.');
});

test(
  'multiple response needs the stated number of choices, and any wrong one costs the point',
  { tag: '@desktop' },
  async ({ page }) => {
    const question = await questionOf('multiple');
    const island = await openCheckYourself(page, question.topic);
    const box = card(island, question);
    const right = question.options.filter((option) => option.correct);
    await box.getByRole('checkbox', { name: right[0].text, exact: true }).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(box.locator('.q-hint-missing')).toHaveText(
      `Choose ${question.choose} options (you chose 1).`,
    );
    const wrong = optionThat(question, false);
    for (let i = 1; i < question.choose - 1; i++)
      await box.getByRole('checkbox', { name: right[i].text, exact: true }).check();
    await box.getByRole('checkbox', { name: wrong.text, exact: true }).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(box.locator('.q-verdict')).toHaveText('✗ Incorrect.');
    for (const option of question.options) await expect(box).toContainText(option.why);
  },
);

test('without JavaScript, each question shows with its answer in a collapsed details', async ({
  browser,
  baseURL,
}) => {
  const question = await questionOf('single');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`${question.topic}/`);
  const island = page.locator('section.check-yourself');
  await expect(island.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  const details = island.locator('details').first();
  await expect(details).not.toHaveAttribute('open');
  await expect(island.locator('.q-static')).toHaveCount(
    (await loadQuestions()).filter((q) => q.topic === question.topic).length,
  );
  await expect(island).toContainText(question.stem);
  const why = optionThat(question, true).why;
  await expect(island.getByText(why)).toBeHidden();
  await island.locator('summary').first().click();
  await expect(island.locator('details').first()).toHaveAttribute('open');
  await expect(island.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await context.close();
});

/** Opens the practice page and waits for the questions to load. */
async function openPractice(page: Page) {
  await page.goto('practice/');
  const app = page.locator('.practice-app');
  await expect(app.getByRole('heading', { name: 'Start a session' })).toBeVisible();
  return app;
}

const allRow = (app: Locator) =>
  app.getByTestId('domain-progress').getByRole('row', { name: /All questions/ });

/** A reader who has missed one question on its topic page, now on the practice page that counts it. */
async function practiceAfterOneMiss(page: Page) {
  const question = await questionOf('single');
  const island = await openCheckYourself(page, question.topic);
  await answerSingle(island, question, false);
  // Stored once the page counts it; a reader sees this before leaving.
  await expect(island.getByTestId('topic-progress')).toContainText('You have answered 1 of');
  const app = await openPractice(page);
  await expect(allRow(app)).toContainText('1 of');
  return { question, app };
}

test(
  'a missed question comes back in the missed session and in spaced review',
  { tag: '@desktop' },
  async ({ page }) => {
    const { question, app } = await practiceAfterOneMiss(page);
    await app.getByRole('button', { name: 'Review what is due (1)' }).click();
    await expect(app.getByRole('heading', { name: 'Spaced review' })).toBeVisible();
    await expect(app.locator('.q-stem')).toHaveText(question.stem);
    await answerSingle(app, question, true);
    await app.getByRole('button', { name: 'Finish the session' }).click();
    await expect(app.getByTestId('session-score')).toBeFocused();
    await expect(app.getByTestId('session-score')).toHaveText('Session done: 1 of 1 right at the first try.');
    await expect(live(app)).toHaveText('Session done: 1 of 1 right at the first try.');
    await expect(app.getByTestId('session-missed')).toHaveCount(0);
    await app.getByRole('button', { name: 'Back to practice' }).click();
    // Now known: due again tomorrow (FSRS after a right retry), and no longer missed.
    await expect(app.getByRole('button', { name: 'Review what is due (0)' })).toBeDisabled();
    await expect(app.getByRole('button', { name: 'Retry what you missed (0)' })).toBeDisabled();
  },
);

test('a session ends with what was missed, where to read it, a tally by topic and Retry these', async ({
  page,
}) => {
  const { question, app } = await practiceAfterOneMiss(page);
  await app.getByRole('button', { name: 'Retry what you missed (1)' }).click();
  await expect(app.getByRole('heading', { name: 'Missed questions' })).toBeVisible();
  await answerSingle(app, question, false);
  const finish = app.getByRole('button', { name: 'Finish the session' });
  if (test.info().project.name === 'phone') await finish.tap();
  else {
    await finish.focus();
    await page.keyboard.press('Enter');
  }
  await expect(app.getByTestId('session-score')).toBeFocused();
  const missed = app.getByTestId('session-missed');
  await expect(missed).toContainText(question.stem);
  await expect(missed.getByRole('link', { name: /^Learn it on the / })).toHaveAttribute(
    'href',
    new RegExp(`/${question.topic}/#${question.heading}$`),
  );
  await expect(app.getByTestId('session-topics')).toContainText('0 of 1');
  await app.getByRole('button', { name: 'Retry these (1)' }).click();
  await expect(app.getByRole('heading', { name: 'Retry the missed ones' })).toBeFocused();
  await expect(app.locator('.q-stem')).toHaveText(question.stem);
  await app.getByRole('button', { name: 'Stop and go back' }).click();
  await expect(app.getByRole('heading', { name: 'Start a session' })).toBeFocused();
});

test(
  'a session survives following its reading link and coming back, and a reload',
  { tag: '@desktop' },
  async ({ page }) => {
    const app = await openPractice(page);
    await app.getByRole('spinbutton', { name: 'How many' }).fill('2');
    await app.getByRole('button', { name: 'Start a mixed session' }).click();
    await app.getByRole('button', { name: 'Next question' }).click();
    await expect(app.getByRole('heading', { name: 'Question 2 of 2' })).toBeFocused();
    await page.reload();
    const resume = (await openPractice(page)).getByRole('button', {
      name: 'Resume “Mixed session” at question 2 of 2',
    });
    await resume.click();
    await expect(app.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
    // Answer it, follow the link to the section that teaches it, and come back.
    const radio = app.getByRole('radio').first();
    if ((await radio.count()) > 0) await radio.check();
    else if ((await app.getByRole('checkbox').count()) > 0)
      for (const box of (await app.getByRole('checkbox').all()).slice(0, 2)) await box.check();
    else for (const select of await app.getByRole('combobox').all()) await select.selectOption({ index: 1 });
    await app.getByRole('button', { name: 'Check answer' }).click();
    await app.getByRole('link', { name: /^Learn it on the / }).click();
    await expect(page).not.toHaveURL(/practice\/$/);
    await page.goBack();
    await (
      await openPractice(page)
    )
      .getByRole('button', { name: /^Resume “Mixed session” at question 2 of 2/ })
      .click();
    await app.getByRole('button', { name: 'Finish the session' }).click();
    await expect(app.getByTestId('session-score')).toBeFocused();
    await app.getByRole('button', { name: 'Back to practice' }).click();
    await expect(app.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
  },
);

test(
  'a mixed session by exam domain asks only that domain, with explanations after each answer',
  { tag: '@desktop' },
  async ({ page }) => {
    const app = await openPractice(page);
    await app.getByRole('combobox', { name: 'Questions from' }).selectOption({ index: 1 });
    await app.getByRole('spinbutton', { name: 'How many' }).fill('2');
    await app.getByRole('button', { name: 'Start a mixed session' }).click();
    await expect(app.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
    await expect(app.locator('.q-source')).toHaveCount(0);
    await app.getByRole('button', { name: 'Next question' }).click();
    await expect(app.getByRole('heading', { name: 'Question 2 of 2' })).toBeFocused();
    await expect(live(app)).toHaveText('Question 2 of 2.');
  },
);

test(
  'exports progress and imports it in a fresh browser, merging by question',
  { tag: '@desktop' },
  async ({ page, browser, baseURL }, info) => {
    const { app } = await practiceAfterOneMiss(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    const file = info.outputPath('progress.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).records).toHaveLength(1);

    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    const otherApp = await openPractice(other);
    await expect(allRow(otherApp)).toContainText('0 of');
    await otherApp.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(otherApp.getByTestId('transfer-status')).toHaveText(
      'Imported 1 answer: 1 new, 0 newer than yours (replaced), 0 older or the same (yours kept).',
    );
    await expect(allRow(otherApp)).toContainText('1 of');
    await expect(otherApp.getByRole('button', { name: 'Retry what you missed (1)' })).toBeEnabled();
    // Importing the same file again keeps what is there.
    await otherApp.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(otherApp.getByTestId('transfer-status')).toContainText('1 older or the same (yours kept)');
    await fresh.close();
  },
);

test(
  'a malformed, foreign or oversized import says why and leaves progress intact',
  { tag: '@desktop' },
  async ({ page }) => {
    const { app } = await practiceAfterOneMiss(page);
    const input = app.getByLabel('Import progress from a file');
    const cases: [string, string, RegExp][] = [
      [
        'truncated.json',
        '{"format":"aif-c01-sagemaker-practice-progress","version":1,"records":[{"id":"x"',
        /not valid JSON/,
      ],
      ['foreign.json', '{"settings":{"theme":"dark"}}', /not a progress file exported by this guide/],
      ['huge.json', ' '.repeat(1_000_001), /too large/],
    ];
    for (const [name, text, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(app.getByTestId('transfer-status')).toHaveText(message);
      await expect(live(app)).toHaveText(message);
    }
    await expect(allRow(app)).toContainText('1 of');
    await expect(app.getByRole('button', { name: 'Retry what you missed (1)' })).toBeEnabled();
    await page.reload();
    await expect(allRow(await openPractice(page))).toContainText('1 of');
  },
);

/** Starts a mock of `count` questions from all topics and waits for its first question. */
async function startMock(app: Locator, count: number) {
  await app.getByRole('spinbutton', { name: 'How many' }).fill(String(count));
  await app.getByRole('button', { name: /^Start a timed mock/ }).click();
  await expect(app.getByRole('heading', { name: `Question 1 of ${count}` })).toBeVisible();
}

test('the timed mock keeps the exam pace and ends with a scaled estimate and a report by domain', async ({
  page,
}) => {
  const app = await openPractice(page);
  await app.getByRole('spinbutton', { name: 'How many' }).fill('3');
  // 3 questions at 90 minutes for 65: 249 seconds, named in words (not a time of day).
  await app.getByRole('button', { name: /^Start a timed mock \(\s*4 minutes 9 seconds\s*\)$/ }).click();
  await expect(app.getByRole('heading', { name: 'Mock exam', exact: true })).toBeVisible();
  await expect(app.getByTestId('mock-clock')).toHaveText(/^4:0\d$/);
  await expect(app.getByTestId('mock-bar')).toContainText(/4 minutes \d seconds/);
  await expect(app.locator('.q-verdict')).toHaveCount(0);
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByRole('heading', { name: 'Question 2 of 3' })).toBeFocused();
  await expect(live(app)).toHaveText('Question 2 of 3.');
  await app.getByRole('button', { name: 'Next' }).click();
  // Next is gone on the last question; focus is on its heading, not the page body.
  await expect(app.getByRole('heading', { name: 'Question 3 of 3' })).toBeFocused();
  await expect(app.getByRole('button', { name: 'Next' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Finish and see the report' }).click();
  const confirm = app.getByTestId('mock-confirm');
  await expect(confirm.locator('p')).toBeFocused();
  await expect(confirm).toContainText('3 of 3 not answered (question 1, 2, 3). Finish anyway?');
  await confirm.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(app.getByRole('heading', { name: 'Mock exam report' })).toBeFocused();
  await expect(app.getByTestId('mock-score')).toContainText('You scored 0 of 3: an estimated 100');
  await expect(app.getByText('An estimate from this bank, not the exam')).toBeVisible();
  const rows = app.getByTestId('mock-domains').locator('tbody tr');
  await expect(rows.first()).toContainText(/^\d\. .+0 of \d0%$/);
  await expect(live(app)).toContainText('You scored 0 of 3');
  await expect(app.locator('.q-compare').first()).toContainText(/Your (answer|order|match)/);
  await app.getByRole('button', { name: 'Back to practice' }).click();
  await expect(app.getByRole('heading', { name: 'Start a session' })).toBeFocused();
  await expect(allRow(app)).toContainText('3 of');
});

test(
  'the mock report shows the answer chosen beside the right one',
  { tag: '@desktop' },
  async ({ page }) => {
    const app = await openPractice(page);
    await startMock(app, 1);
    const radio = app.getByRole('radio').first();
    const ordering = app.getByRole('list', { name: 'Steps to put in order' });
    if ((await radio.count()) > 0) await radio.check();
    else if ((await ordering.count()) > 0)
      await app
        .getByRole('button', { name: /^Move down/ })
        .first()
        .click();
    else if ((await app.getByRole('checkbox').count()) > 0) await app.getByRole('checkbox').first().check();
    else await app.getByRole('combobox').first().selectOption({ index: 1 });
    await app.getByRole('button', { name: 'Finish and see the report' }).click();
    await app.getByRole('button', { name: 'Yes, finish' }).click();
    const compare = app.locator('.q-compare');
    await expect(compare).toContainText(/Your (answer|order|match)/);
    await expect(compare).toContainText(/The right (answer|order|match)/);
    await expect(compare).not.toContainText(/Your answer\s*nothing/);
  },
);

test('the mock grid jumps to any question and keeps flags for review', async ({ page }) => {
  const app = await openPractice(page);
  await startMock(app, 3);
  const flag = app.getByRole('button', { name: 'Flag for review' });
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  if (test.info().project.name === 'phone') await flag.tap();
  else await flag.click();
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  const grid = app.getByRole('navigation', { name: 'Questions of the mock' });
  await expect(grid.getByRole('button', { name: '1, not answered, flagged' })).toBeVisible();
  await grid.getByRole('button', { name: /^3, not answered/ }).focus();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Question 3 of 3' })).toBeFocused();
  await expect(grid.getByRole('button', { name: /^3,/ })).toHaveAttribute('aria-current', 'step');
  await grid.getByRole('button', { name: /^1,/ }).click();
  await expect(live(app)).toHaveText('Question 1 of 3, flagged.');
  // Previous is disabled on the first question; Finish lists the flag too.
  await expect(app.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await app.getByRole('button', { name: 'Finish and see the report' }).click();
  await expect(app.getByTestId('mock-confirm')).toContainText('1 flagged for review.');
  await app.getByRole('button', { name: 'Keep answering' }).click();
  await expect(app.getByRole('heading', { name: 'Question 1 of 3' })).toBeFocused();
});

test('the countdown can be paused, extended and turned off', { tag: '@desktop' }, async ({ page }) => {
  await page.clock.install();
  const app = await openPractice(page);
  await startMock(app, 1);
  const clock = app.getByTestId('mock-clock');
  await expect(clock).toHaveText('1:23');
  await app.getByRole('button', { name: 'Pause' }).click();
  await expect(live(app)).toContainText('Timer paused with 1 minute 23 seconds left.');
  await page.clock.fastForward(120_000);
  await expect(clock).toHaveText('1:23');
  await app.getByRole('button', { name: 'Resume' }).click();
  await app.getByRole('button', { name: 'Add 10 minutes' }).click();
  await expect(clock).toHaveText(/^11:2\d$/);
  await app.getByRole('button', { name: 'Turn the time limit off' }).click();
  await expect(app.getByTestId('mock-bar')).toHaveText('No time limit');
  await page.clock.fastForward(3_600_000);
  await expect(app.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Mock exam report' })).toHaveCount(0);
});

test('the mock timer stays in view while a long question scrolls on a phone', async ({ page }) => {
  const app = await openPractice(page);
  await startMock(app, 3);
  await app.getByRole('button', { name: 'Finish and see the report' }).scrollIntoViewIfNeeded();
  await expect(app.getByTestId('mock-bar')).toBeInViewport();
});

test('the mock ends on its own when time runs out', { tag: '@desktop' }, async ({ page }) => {
  await page.clock.install();
  const app = await openPractice(page);
  await startMock(app, 1);
  await page.clock.fastForward(90_000);
  await expect(app.getByRole('heading', { name: 'Mock exam report' })).toBeFocused();
  await expect(live(app)).toContainText('Time is up.');
});

test('the practice page fits a 320 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const app = await openPractice(page);
  await expect(app.getByTestId('topic-progress')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const select = await app.getByRole('combobox', { name: 'Questions from' }).boundingBox();
  expect((select?.x ?? -1) >= 0 && (select?.x ?? 0) + (select?.width ?? 999) <= 320).toBe(true);
});

test(
  'offers every question as a CSV for Anki and Quizlet, under its own name, linking the site',
  { tag: '@desktop' },
  async ({ page, baseURL }, info) => {
    const app = await openPractice(page);
    const link = app.getByRole('link', { name: /Download every question as CSV/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('aif-c01-sagemaker-questions.csv');
    const file = info.outputPath('questions.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('#separator:Comma\r\n#html:false\r\n')).toBe(true);
    const questions = await loadQuestions();
    for (const question of questions.slice(0, 5)) expect(text).toContain(`aif-c01::topic::${question.topic}`);
    // This build has no site URL: the links are relative to the site's root, never a local host.
    const basePath = new URL(String(baseURL)).pathname;
    const links = [...text.matchAll(/Learn it: ([^\s"]+)/g)].map((match) => match[1]);
    expect(links).toHaveLength(questions.length);
    for (const href of links) expect(href).toMatch(new RegExp(`^${basePath}[a-z0-9-]+/#[a-z0-9-]+$`));
    // A case study's cards follow one another: its title appears in one run of consecutive rows.
    const rows = text.split('\r\n');
    const studies = [...new Set(text.match(/Case study: [^.]+\./g))];
    expect(studies.length).toBeGreaterThanOrEqual(6);
    for (const study of studies) {
      const at = rows.flatMap((row, index) => (row.includes(study) ? [index] : []));
      expect(at, study).toEqual(at.map((_index, n) => at[0] + n));
    }
  },
);

/** The texts of a question's options (or items) in the order one view shows them. */
async function shownOptions(scope: Locator): Promise<string[]> {
  return (await scope.locator('.q-letters li, .q-options label').allInnerTexts()).map((text) => text.trim());
}

test(
  'every view shows the options of a question in one order: without JavaScript, answering, printed, in the CSV',
  { tag: '@desktop' },
  async ({ page, browser, baseURL, request }) => {
    const question = await questionOf('single');
    const plain = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noJs = await plain.newPage();
    await noJs.goto(`${question.topic}/`);
    const order = await shownOptions(noJs.locator(`[data-question="${question.id}"]`));
    await plain.close();
    expect([...order].sort()).toEqual(question.options.map((option) => option.text).sort());

    const island = await openCheckYourself(page, question.topic);
    await expect.poll(() => shownOptions(card(island, question))).toEqual(order);

    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    const app = await openPractice(page);
    await app.getByRole('button', { name: 'Print the practice set' }).click();
    // The printed set is drawn once the questions have loaded (they load on the first use).
    const printed = app.locator('.practice-print .q-static').filter({ hasText: question.stem });
    await expect.poll(() => shownOptions(printed)).toEqual(order);
    const key = 'ABCD'[order.indexOf(optionThat(question, true).text)];
    await expect(printed).toContainText(`Answer: ${key}. ${optionThat(question, true).text}`);

    const csv = await (await request.get('aif-c01-sagemaker-questions.csv')).text();
    const front = order.map((text, at) => `${'ABCD'[at]}. ${text}`).join('\n');
    expect(csv).toContain(front);
    expect(csv).toContain(`Answer: ${key}\n`);
    // Over the printed set, the key sits on every letter, not always on A.
    const keys = (await app.locator('.practice-print details > p').allTextContents()).flatMap(
      (text) => /^Answer: ([A-D])\./.exec(text)?.[1] ?? [],
    );
    expect(new Set(keys)).toEqual(new Set(['A', 'B', 'C', 'D']));
  },
);

test(
  "a case study's questions each show its scenario first: without JavaScript, answering and in the CSV",
  { tag: '@desktop' },
  async ({ page, browser, baseURL, request }) => {
    const question = (await loadQuestions()).find((entry) => entry.caseStudy !== undefined);
    if (!question?.caseStudy) throw new Error('the bank has case studies');
    const { caseStudies } = (await import('../src/data/questions/case-studies')) as {
      caseStudies: readonly CaseStudy[];
    };
    const study = caseStudies.find((entry) => entry.id === question.caseStudy);
    if (!study) throw new Error(`no case study ${question.caseStudy}`);
    const scenarioThenStem = async (scope: Locator) => {
      const text = (await scope.textContent()) ?? '';
      return text.indexOf(study.scenario) >= 0 && text.indexOf(study.scenario) < text.indexOf(question.stem);
    };

    const plain = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noJs = await plain.newPage();
    await noJs.goto(`${question.topic}/`);
    const staticCard = noJs.locator(`[data-question="${question.id}"]`);
    await expect(staticCard).toContainText(`Case study: ${study.title}`);
    expect(await scenarioThenStem(staticCard)).toBe(true);
    await plain.close();

    const island = await openCheckYourself(page, question.topic);
    const group = card(island, question).getByRole('group');
    await expect(group).toContainText(study.scenario);
    expect(await scenarioThenStem(group)).toBe(true);

    const csv = await (await request.get('aif-c01-sagemaker-questions.csv')).text();
    expect(csv).toContain(`Case study: ${study.title}. ${study.scenario}`);
  },
);

test('topic questions and the practice page are axe clean', async ({ page }) => {
  const question = await questionOf('single');
  await page.goto(`${question.topic}/`);
  const island = await openCheckYourself(page, question.topic);
  await answerSingle(island, question, false);
  await expectAxeClean(page);
  await openPractice(page);
  await expectAxeClean(page);
  await page.getByRole('button', { name: /^Start a timed mock/ }).click();
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Finish and see the report' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expectAxeClean(page);
});

test('the printable set holds every question with its answer', { tag: '@desktop' }, async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const app = await openPractice(page);
  await app.getByRole('button', { name: 'Print the practice set' }).click();
  await expect(app.locator('.practice-print .q-static')).toHaveCount((await loadQuestions()).length);
  await expect(app.locator('.practice-print details[open]').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(app.locator('.practice-print')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Start a session' })).toBeHidden();
});

test('the printable set can give every answer at the end instead', { tag: '@desktop' }, async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const count = (await loadQuestions()).length;
  const app = await openPractice(page);
  await app.getByRole('button', { name: 'Print it with the answers at the end' }).click();
  const print = app.locator('.practice-print');
  await expect(print.locator('.q-static')).toHaveCount(count);
  await expect(print.locator('.q-static details')).toHaveCount(0);
  // The printed set is hidden on screen (so out of the accessibility tree): found by its text.
  await expect(print.locator('h2', { hasText: /^Answers$/ })).toBeAttached();
  const key = print.locator('h2:has-text("Answers") + ol > li');
  await expect(key).toHaveCount(count);
  await expect(key.first()).toContainText(/Answer: [A-E]\.|The right order: |→/);
});

/** Two multiple-choice questions of one topic page. */
async function twoSingleQuestions() {
  const singles = (await loadQuestions()).filter(
    (question): question is Extract<Question, { format: 'single' }> => question.format === 'single',
  );
  const topic = singles.find(
    (question) => singles.filter((other) => other.topic === question.topic).length >= 2,
  )?.topic;
  const pair = singles.filter((question) => question.topic === topic).slice(0, 2);
  if (pair.length < 2) throw new Error('no topic has two multiple-choice questions');
  return pair;
}

/** Answers two questions and expects both to count on the page, whatever the storage did. */
async function answerTwoAndCount(page: Page) {
  const [first, second] = await twoSingleQuestions();
  const island = await openCheckYourself(page, first.topic);
  await answerSingle(island, first, true);
  await answerSingle(island, second, false);
  await expect(island.getByTestId('topic-progress')).toContainText('You have answered 2 of');
  return island;
}

test.describe('when the browser will not keep progress', { tag: '@desktop' }, () => {
  const notStored = 'This browser does not let the guide store your progress';

  for (const storage of brokenStorage) {
    test.describe(`storage ${storage.name}`, () => {
      test.use({ expectedProblems: storage.expectedProblems });
      test('answers still count on the page, with a word that they are not saved', async ({ page }) => {
        await page.addInitScript(storage.init);
        const island = await answerTwoAndCount(page);
        await expect(island.getByText(notStored)).toBeVisible();
      });
    });
  }

  test('garbage in storage: the questions start afresh and store valid progress', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('aif-c01-practice-progress', '[{"id":"__proto__","box":99},{not json');
      sessionStorage.setItem('seeded', 'yes');
    });
    const island = await answerTwoAndCount(page);
    await expect(island.getByText(notStored)).toHaveCount(0);
    const stored = await page.evaluate(() => localStorage.getItem('aif-c01-practice-progress'));
    expect((JSON.parse(String(stored)) as unknown[]).length).toBe(2);
  });
});

test(
  'progress saved under the Leitner boxes carries over, and the next answer is scheduled by FSRS',
  { tag: '@desktop' },
  async ({ page }) => {
    const [missed, known] = await twoSingleQuestions();
    const day = 24 * 60 * 60 * 1000;
    const answeredAt = Date.now() - 60_000;
    const leitner = [
      {
        id: missed.id,
        hash: questionHash(missed),
        box: 1,
        answeredAt,
        lastCorrect: false,
        attempts: 1,
        correctAttempts: 0,
      },
      {
        id: known.id,
        hash: questionHash(known),
        box: 3,
        answeredAt,
        lastCorrect: true,
        attempts: 2,
        correctAttempts: 2,
      },
    ];
    await page.addInitScript((text) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('aif-c01-practice-progress', text);
      sessionStorage.setItem('seeded', 'yes');
    }, JSON.stringify(leitner));
    const app = await openPractice(page);
    await expect(allRow(app)).toContainText('2 of');
    await expect(app.getByRole('button', { name: 'Retry what you missed (1)' })).toBeEnabled();
    await app.getByRole('button', { name: 'Review what is due (1)' }).click();
    await expect(app.locator('.q-stem')).toHaveText(missed.stem);
    await answerSingle(app, missed, true);
    const stored = async () =>
      JSON.parse(String(await page.evaluate(() => localStorage.getItem('aif-c01-practice-progress')))) as {
        id: string;
        attempts: number;
        card?: { due: number; state: number };
      }[];
    await expect
      .poll(async () => (await stored()).find((record) => record.id === missed.id)?.attempts)
      .toBe(2);
    const records = await stored();
    const answered = records.find((record) => record.id === missed.id);
    const carried = records.find((record) => record.id === known.id);
    // Right after a miss, FSRS brings it back the next day; the box-3 question keeps its 3-day date.
    expect(answered?.card?.state).toBe(2);
    expect(Math.round((answered?.card?.due ?? 0) / day - Date.now() / day)).toBe(1);
    expect(carried?.card?.due).toBe(answeredAt + 3 * day);
    await app.getByRole('button', { name: 'Finish the session' }).click();
    await app.getByRole('button', { name: 'Back to practice' }).click();
    await expect(app.getByRole('button', { name: 'Review what is due (0)' })).toBeDisabled();
  },
);
