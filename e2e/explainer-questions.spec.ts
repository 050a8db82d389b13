import type { Locator, Page } from '@playwright/test';
import { explainerQuestions, type ExplainerQuestions } from '../src/data/explainer-questions';
import type { Question } from '../src/data/questions/types';
import { questions as biasVariance } from '../src/data/questions/topics/bias-variance';
import { questions as clarify } from '../src/data/questions/topics/clarify';
import { questions as modelEvaluation } from '../src/data/questions/topics/model-evaluation';
import { test, expect, expectAxeClean } from './fixtures';

// Each explainer ends with the bank's questions that it helps answer (issue 25), under its own
// heading; the page's Check yourself leaves them out and says where they are, and answers given
// under the explainer count in the page's progress.
test.describe.configure({ timeout: 120_000 });

const bank: Record<string, Question[]> = {
  'bias-variance': biasVariance,
  clarify,
  'model-evaluation': modelEvaluation,
};
const explainers = Object.values(explainerQuestions);

/** Opens the explainer's page and waits for its questions to turn interactive. */
async function openQuestions(page: Page, explainer: ExplainerQuestions) {
  await page.goto(`${explainer.topic}/`);
  const section = page.locator('section.explainer-questions');
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.q').first()).toBeVisible();
  return section;
}

/** The page's Check yourself, hydrated. */
async function openCheckYourself(page: Page) {
  const island = page.locator('section.check-yourself');
  await island.scrollIntoViewIfNeeded();
  await expect(island.getByTestId('topic-progress')).toBeVisible();
  return island;
}

for (const explainer of explainers) {
  test(`the ${explainer.name} ends with its questions, each shown once on the page`, async ({ page }) => {
    const section = await openQuestions(page, explainer);
    await expect(
      section.getByRole('heading', { name: 'Try it on exam questions', level: 3 }),
    ).toHaveAttribute('id', explainer.headingId);
    const end = await openCheckYourself(page);
    for (const id of explainer.ids) {
      await expect(section.locator(`.q[data-question="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-question="${id}"]`), id).toHaveCount(1);
    }
    const topicCount = bank[explainer.topic].length;
    await expect(end.locator('.q')).toHaveCount(topicCount - explainer.ids.length);
    await expect(end.getByTestId('topic-progress')).toHaveText(
      new RegExp(`^${topicCount} exam-style questions on this page`),
    );
    await expect(end.getByRole('link', { name: `${explainer.name} above` })).toHaveAttribute(
      'href',
      `#${explainer.headingId}`,
    );
    // Every id on the page is unique, and the contents' Check yourself is the page's own.
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const link of await page
      .locator('starlight-toc a, mobile-starlight-toc a')
      .filter({ hasText: 'Check yourself' })
      .all()) {
      await expect(link).toHaveAttribute('href', '#check-yourself');
    }
  });
}

/** The right option of a single-answer question. */
function rightOption(question: Question) {
  if (question.format !== 'single') throw new Error(`${question.id} is not single choice`);
  const option = question.options.find((candidate) => candidate.correct);
  if (!option) throw new Error(`${question.id} has no right option`);
  return option.text;
}

const fit = explainerQuestions.fit;
const diagnose = biasVariance.find((question) => question.id === fit.ids[0]) as Question;

/** Expects the answer to count in the page's progress at the end. */
async function expectCounted(page: Page) {
  const end = await openCheckYourself(page);
  await expect(end.getByTestId('topic-progress')).toContainText(
    `You have answered 1 of ${biasVariance.length}`,
  );
}

test('an answer by pointer (tap on a phone) under the explainer counts in the page’s progress', async ({
  page,
}) => {
  const section = await openQuestions(page, fit);
  const box = section.locator(`.q[data-question="${diagnose.id}"]`);
  const radio = box.getByRole('radio', { name: rightOption(diagnose), exact: true });
  const check = box.getByRole('button', { name: 'Check answer' });
  if (test.info().project.name === 'phone') {
    await radio.tap();
    await check.tap();
  } else {
    await radio.click();
    await check.click();
  }
  await expect(box.locator('.q-verdict')).toHaveText('✓ Correct.');
  await expect(box.locator('.q-verdict')).toBeFocused();
  await expectCounted(page);
});

test('an answer by keyboard alone under the explainer counts too', async ({ page }) => {
  const section = await openQuestions(page, fit);
  const box: Locator = section.locator(`.q[data-question="${diagnose.id}"]`);
  const right = box.getByRole('radio', { name: rightOption(diagnose), exact: true });
  await box.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < 4 && !(await right.isChecked()); step++) await page.keyboard.press('ArrowDown');
  await expect(right).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box.locator('.q-verdict')).toBeFocused();
  await expect(box.locator('.q-verdict')).toHaveText('✓ Correct.');
  await expectCounted(page);
});

test('without JavaScript each explainer’s questions read with their answers, once on the page', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const explainer of explainers) {
    await page.goto(`${explainer.topic}/`);
    const section = page.locator('section.explainer-questions');
    await expect(section.getByRole('heading', { name: 'Try it on exam questions' })).toBeVisible();
    await expect(section.locator('.q-static')).toHaveCount(explainer.ids.length);
    await expect(section.locator('details').first()).not.toHaveAttribute('open');
    for (const id of explainer.ids) await expect(page.locator(`[data-question="${id}"]`)).toHaveCount(1);
    const count =
      explainer.ids.length === 1 ? 'One of them follows' : `${explainer.ids.length} of them follow`;
    await expect(page.locator('section.check-yourself')).toContainText(
      `${count} the ${explainer.name} above.`,
    );
  }
  await context.close();
});

test('passes axe once the explainer’s questions are interactive', async ({ page }) => {
  await openQuestions(page, explainerQuestions.threshold);
  await expectAxeClean(page);
});
