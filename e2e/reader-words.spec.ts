import { test, expect } from './fixtures';
import { builtPages } from './site';

/**
 * The site grew from a set of study notes and once called them "the notes" about ninety times,
 * which no reader could place. Every page's text, collapsed blocks and badge titles included,
 * now names the idea in the reader's terms ("older study material", "AWS today").
 */
const unexplained = /\b(?:the|source|older) notes\b|\bnotes['’]/i;

test('no page speaks of "the notes"', { tag: '@desktop' }, async ({ page }) => {
  // Visits every page once: its time grows with the site.
  test.setTimeout(180_000);
  const found: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    // textContent, not innerText: it includes closed <details> and island text not on screen.
    const text = await page
      .locator('main')
      .evaluate((main) =>
        [
          main.textContent ?? '',
          ...[...main.querySelectorAll('[title]')].map((el) => el.getAttribute('title')),
        ].join(' '),
      );
    const match = unexplained.exec(text);
    if (match) found.push(`/${path}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  expect(found).toEqual([]);
});

test('the term "older study material" is explained where the path starts', async ({ page }) => {
  await page.goto('overview/');
  await expect(page.getByRole('main')).toContainText('older study material means');
});
