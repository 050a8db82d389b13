import { test, expect } from './fixtures';
import { keyTerms } from '../src/data/key-terms';

// The page text is the same on every viewport, so the syllabus check runs once, on desktop, and
// on the HTML as served: every term must be there for a reader without JavaScript too.
test.describe('key terms of the notes', { tag: '@desktop' }, () => {
  test.use({ javaScriptEnabled: false });

  for (const [slug, terms] of Object.entries(keyTerms)) {
    test(`/${slug}/ shows every key term of the notes`, async ({ page }) => {
      await page.goto(`${slug}/`);
      const text = (await page.locator('main').textContent())?.toLowerCase() ?? '';
      const missing = terms.filter((term) => !text.includes(term.toLowerCase()));
      expect(missing, `terms missing from /${slug}/`).toEqual([]);
    });
  }
});
