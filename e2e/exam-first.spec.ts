import { test, expect } from './fixtures';
import { topics } from '../src/data/topics';
import { openSearch, searchFor } from './search';
import { builtPages } from './site';

// Order and collapsed state are the same on every viewport: desktop only.
test.describe('exam-first topic pages', { tag: '@desktop' }, () => {
  // Every topic page of the build under test (the crawl spec checks that none is missing).
  const built = new Set(builtPages());
  const topicPages = topics.map((topic) => topic.slug).filter((slug) => built.has(`${slug}/`));

  for (const slug of topicPages) {
    test(`/${slug}/ opens with the exam view and keeps the ledger last`, async ({ page }) => {
      await page.goto(`${slug}/`);
      const content = page.locator('main .sl-markdown-content');
      const oneLine = content.locator('.one-line');
      const tip = content.getByRole('complementary', { name: 'Exam tip' });
      await expect(oneLine).toBeVisible();
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('Wording that points here');

      // The exam tip sits right after the one-line summary and above every section of the page.
      const order = await content.evaluate((root) => {
        const one = root.querySelector('.one-line');
        const tipBox = root.querySelector('aside[aria-label="Exam tip"]');
        const headings = [...root.querySelectorAll('h2')];
        const first = (a: Element, b: Element) =>
          Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          tipAfterSummary: !!one && !!tipBox && first(one, tipBox),
          sectionsAboveTip: headings.filter((h) => tipBox && first(h, tipBox)).map((h) => h.textContent),
          lastHeading: headings.at(-1)?.textContent?.trim(),
        };
      });
      expect(order.tipAfterSummary, 'the exam tip follows the one-line summary').toBe(true);
      expect(order.sectionsAboveTip, 'no section comes before the exam tip').toEqual([]);
      expect(order.lastHeading, 'the freshness ledger closes the page').toBe('Freshness ledger');

      // The search aliases stay in the page for the index, and out of sight.
      await expect(page.getByText(/also searched as/i)).toHaveCount(0);
      const aliases = content.locator('p[data-pagefind-weight="5"]');
      if ((await aliases.count()) > 0) {
        await expect(aliases).toBeHidden();
        await expect(aliases).not.toBeEmpty();
      }

      // Every "Going deeper" block starts closed and opens with a click. Only the page's own
      // blocks: islands and diagrams have their own <details>.
      const blocks = content.locator(':scope > details');
      const count = await blocks.count();
      for (let i = 0; i < count; i++) {
        const block = blocks.nth(i);
        const summary = block.locator('summary');
        await expect(summary, `block ${i + 1}`).toHaveText(/^Going deeper: /);
        await expect(block).not.toHaveAttribute('open');
        const body = block.locator(':scope > :not(summary)').first();
        await expect(body).toBeHidden();
        await summary.click();
        await expect(body).toBeVisible();
      }
    });
  }

  test('the pages the issue names keep their API depth collapsed, and a block opens by keyboard', async ({
    page,
  }) => {
    for (const slug of ['inference', 'clarify']) {
      await page.goto(`${slug}/`);
      await expect(page.locator('main .sl-markdown-content > details').first()).toBeAttached();
    }
    const block = page.locator('main .sl-markdown-content > details').first();
    await block.locator('summary').focus();
    await expect(block.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(block).toHaveAttribute('open', '');
  });

  test('search still finds text that is only inside a collapsed block', async ({ page, baseURL }) => {
    const basePath = new URL(String(baseURL)).pathname;
    // "target tracking" (a scaling policy) is on the inference page only inside a closed "Going
    // deeper" block ("streaming" was, until a practice question named response streaming).
    await page.goto('inference/');
    const main = page.locator('main');
    expect(await main.textContent()).toContain('target tracking');
    expect(await main.innerText()).not.toContain('target tracking');
    await openSearch(page);
    expect(await searchFor(page, 'target tracking', basePath)).toContain('inference');
  });

  test('the exam tip is the first thing after the summary without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('inference/');
    const next = await page
      .locator('main .one-line')
      .evaluate((one) => one.nextElementSibling?.getAttribute('aria-label'));
    expect(next).toBe('Exam tip');
    await expect(page.locator('main .sl-markdown-content > details').first()).toBeVisible();
    await context.close();
  });
});
