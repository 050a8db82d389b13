import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { topics } from '../src/data/topics';
import { builtPages } from './site';

const built = new Set(builtPages());
const topicPages = topics.map((topic) => topic.slug).filter((slug) => built.has(`${slug}/`));

/** The contents ("On this page"): the sidebar's on a laptop, the dropdown under the title on a phone. */
async function contents(page: Page) {
  const toggle = page.locator('mobile-starlight-toc summary');
  if (await toggle.isVisible()) {
    await toggle.click();
    return page.locator('mobile-starlight-toc');
  }
  return page.locator('starlight-toc');
}

test.describe('teaching first on a phone', { tag: '@phone' }, () => {
  for (const slug of topicPages) {
    test(`/${slug}/ reaches its first teaching heading within 1.5 screens`, async ({ page }) => {
      await page.goto(`${slug}/`);
      // The practice page's island (hydrated on load) is the first screen a reader with JavaScript
      // gets, and it renders a moment after hydration: measure once its heading is there.
      if (slug === 'practice') await expect(page.locator('.practice-app h2').first()).toBeVisible();
      const first = page.locator('main .sl-markdown-content h2').first();
      await expect(first).toBeVisible();
      // Name and place read together, from one element.
      const { text, top, screen } = await first.evaluate((heading) => ({
        text: heading.textContent,
        top: heading.getBoundingClientRect().top + window.scrollY,
        screen: window.innerHeight,
      }));
      expect(top, `"${text}" starts ${(top / screen).toFixed(2)} screens down`).toBeLessThanOrEqual(
        1.5 * screen,
      );
    });
  }

  test("a page's own closure is a badge that opens on demand; other services' closures come at the end", async ({
    page,
  }) => {
    await page.goto('clarify/');
    const closure = page.locator('.page-top details.closure');
    await expect(closure.locator('summary')).toContainText('Closed to new customers');
    const detail = closure.getByText('The exam still asks about it');
    await expect(detail).toBeHidden();
    await closure.locator('summary').click();
    await expect(detail).toBeVisible();

    const others = page.getByRole('complementary', {
      name: 'Availability of other services named on this page',
    });
    await expect(others).toContainText('Ground Truth');
    const afterEveryLesson = await others.evaluate((aside) =>
      [...document.querySelectorAll('main .sl-markdown-content h2')]
        .filter((heading) => heading.id !== 'related-heading' && heading.id !== 'ledger-heading')
        .every((heading) => heading.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    expect(afterEveryLesson, 'the other closures follow every section and Check yourself').toBe(true);
  });
});

test.describe('sections within reach', () => {
  test('the jump under the title reaches Check yourself', async ({ page }) => {
    await page.goto('clarify/');
    await page.locator('.page-top').getByRole('link', { name: 'Check yourself' }).click();
    await expect(page).toHaveURL(/#check-yourself$/);
    await expect(page.getByRole('heading', { name: 'Check yourself', level: 2 })).toBeInViewport();
  });

  test('"On this page" lists Check yourself on every topic page with questions', async ({ page }) => {
    // Visits every topic page once: its time grows with the site.
    test.setTimeout(180_000);
    let listed = 0;
    for (const slug of topicPages) {
      await page.goto(`${slug}/`);
      // A page without contents (the wide builder page) has only the jump under its title.
      if ((await page.locator('#check-yourself').count()) === 0) continue;
      if ((await page.locator('starlight-toc').count()) === 0) continue;
      listed += 1;
      const toc = await contents(page);
      await expect(toc.getByRole('link', { name: 'Check yourself' }), `/${slug}/`).toHaveAttribute(
        'href',
        '#check-yourself',
      );
    }
    expect(listed, 'topic pages with questions').toBeGreaterThan(20);
  });

  test("the cheat sheet's contents reach Don't confuse", async ({ page }) => {
    await page.goto('summary/');
    const toc = await contents(page);
    await toc.getByRole('link', { name: "Don't confuse" }).click();
    await expect(page).toHaveURL(/#sheet-pairs$/);
    await expect(page.getByRole('heading', { name: "Don't confuse", level: 2 })).toBeInViewport();
  });

  test("the glossary's contents reach a letter", async ({ page }) => {
    await page.goto('glossary/');
    const toc = await contents(page);
    await toc.getByRole('link', { name: 'O', exact: true }).click();
    await expect(page).toHaveURL(/#letter-o$/);
    await expect(page.getByRole('heading', { name: 'O', exact: true, level: 2 })).toBeInViewport();
  });
});
