import { test, expect } from './fixtures';
import { glossary } from '../src/data/glossary';
import { termId } from '../src/lib/glossary';

/** Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the tree that holds them). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test.describe('cheat sheet', () => {
  // Print layout does not depend on the screen.
  test(
    'prints readable type on at most four A4 pages, without the site chrome',
    { tag: '@desktop' },
    async ({ page }) => {
      await page.goto('summary/');
      await page.emulateMedia({ media: 'print' });

      for (const chrome of [
        'header.header',
        'nav.sidebar',
        'site-search',
        '.pagination-links',
        '.right-sidebar',
      ]) {
        await expect(page.locator(chrome).first(), `${chrome} is hidden in print`).toBeHidden();
      }
      const sheet = page.locator('.cheat-sheet');
      await expect(sheet).toBeVisible();
      // The page's own intro and exam tip give way to the sheet; the sheet keeps every section.
      await expect(page.locator('.sl-markdown-content > p').first()).toBeHidden();
      await expect(sheet.getByRole('heading', { level: 2 })).toHaveText([
        'Every service in one line',
        'Wording in the question → service',
        "Don't confuse",
        'Limits and orders',
        'Closed, and still on the exam',
      ]);
      // Links read as plain text on paper.
      const link = sheet.locator('a').first();
      await expect(link).toHaveCSS('text-decoration-line', 'none');
      const colours = await link.evaluate((a) =>
        [a, a.parentElement ?? a].map((element) => getComputedStyle(element).color),
      );
      expect(colours[0], 'a link has the colour of the text around it').toBe(colours[1]);

      // Type a reader can read on paper: at least 8 pt (about 10.7 CSS px).
      const size = await sheet.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size, 'print type size in CSS px').toBeGreaterThanOrEqual(10.6);

      // Paper says where it came from and when it was checked.
      const origin = sheet.locator('.sheet-origin');
      await expect(origin).toBeVisible();
      await expect(origin).toContainText(/https?:\/\/\S+\/aif-c01\/summary\//);
      await expect(origin).toContainText(/checked against AWS documentation on \d{1,2} \w+ \d{4}/);

      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, 'the cheat sheet fits on two A4 sheets, both sides').toBeLessThanOrEqual(4);
    },
  );

  test('shows every service, its wording cues and every closure on screen', async ({ page }) => {
    await page.goto('summary/');
    const sheet = page.locator('.cheat-sheet');
    const services = sheet.getByRole('table').first().getByRole('rowheader');
    await expect(services.first()).toBeVisible();
    expect(await services.count()).toBeGreaterThanOrEqual(18);
    await expect(sheet.locator('.sheet-cues li')).toHaveCount(await services.count());
    await expect(sheet.locator('.sheet-origin'), 'the origin line is for paper').toBeHidden();
    // A summary that opens with a pair of definitions keeps both halves.
    const fit = sheet.getByRole('row', { name: /Bias, variance/ });
    await expect(fit).toContainText('Underfitting = high bias');
    await expect(fit).toContainText('Overfitting = high variance');
    await expect(sheet.getByRole('row', { name: /Clarify/ }).first()).toContainText(
      'Closed to new customers',
    );
    const limits = sheet.getByRole('region', { name: 'Inference options and their limits' });
    await expect(limits.getByRole('row', { name: /Serverless inference/ })).toContainText('Up to 4 MB');
    await expect(
      sheet.locator('.sheet-closures li').filter({ hasText: 'Amazon Mechanical Turk' }),
    ).toContainText('Discontinued');
  });
});

test.describe('glossary', () => {
  test('every term has an anchor that a link can reach', async ({ page }) => {
    await page.goto('glossary/');
    const ids = await page
      .locator('dl.glossary-terms dt')
      .evaluateAll((terms) => terms.map((term) => term.id));
    expect(ids).toEqual(expect.arrayContaining(glossary.map((entry) => termId(entry.term))));
    expect(new Set(ids).size).toBe(ids.length);

    await page.goto(`glossary/#${termId('Concept drift')}`);
    const target = page.locator(`#${termId('Concept drift')}`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveText('Concept drift');
    await expect(target.locator('+ dd')).toContainText('relation between the inputs and the target');
  });

  test('the letter index jumps to its section by keyboard', async ({ page }) => {
    await page.goto('glossary/');
    const index = page.getByRole('navigation', { name: 'Glossary by letter' });
    const letterO = index.getByRole('link', { name: 'O', exact: true });
    await letterO.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#letter-o$/);
    await expect(page.getByRole('heading', { name: 'O', exact: true })).toBeInViewport();
    await expect(page.locator('#overfitting + dd').getByRole('link')).toHaveAttribute(
      'href',
      /\/bias-variance\/$/,
    );
  });
});
