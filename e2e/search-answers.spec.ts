import { closureNoticeCue, isAliasList } from '../src/lib/search/excerpt';
import { test, expect, useTheme, type Theme } from './fixtures';
import { openSearch, searchFor } from './search';

const status = '#site-search-status';
const message = '#starlight__search .pagefind-ui__message';

// The same dialog on every viewport; phones are covered in search.spec.
test.describe('search answers and announces', { tag: '@desktop' }, () => {
  test('the live region holds the result count once typing pauses', async ({ page, baseURL }) => {
    await page.goto('');
    await openSearch(page);
    await searchFor(page, 'serverless', new URL(String(baseURL)).pathname);
    const shown = (await page.locator(message).textContent()) ?? '';
    const count = /^(\d+) results? for serverless$/.exec(shown)?.[1];
    expect(count).toBeDefined();
    await expect(page.locator(status)).toHaveText(`${count} results for serverless`);
    await expect(page.locator(status)).toHaveAttribute('role', 'status');
  });

  test('says when nothing is found', async ({ page, baseURL }) => {
    await page.goto('');
    await openSearch(page);
    expect(await searchFor(page, 'qqqqq', new URL(String(baseURL)).pathname)).toEqual([]);
    await expect(page.locator(status)).toHaveText('No results for qqqqq');
  });

  test('a question with a word the site never uses still answers, and says it matched some words', async ({
    page,
    baseURL,
  }) => {
    await page.goto('');
    await openSearch(page);
    const results = await searchFor(
      page,
      'fine tune llama with labeled pairs',
      new URL(String(baseURL)).pathname,
    );
    expect(results[0]).toBe('jumpstart');
    const count = /^(\d+) results for /.exec((await page.locator(message).textContent()) ?? '')?.[1];
    const said = `No page has every word; ${count} pages match some of them`;
    await expect(page.locator(status)).toHaveText(said);
    await expect(page.locator('#starlight__search .site-search-relaxed-note')).toHaveText(`${said}.`);
    // A query whose words one page holds shows no note.
    await searchFor(page, 'Model Registry', new URL(String(baseURL)).pathname);
    await expect(page.locator('#starlight__search .site-search-relaxed-note')).toBeHidden();
  });

  test('ArrowDown and ArrowUp move between the box and the results', async ({ page, baseURL }) => {
    await page.goto('');
    const input = await openSearch(page);
    await searchFor(page, 'Model Registry', new URL(String(baseURL)).pathname);
    const links = page.locator('#starlight__search .pagefind-ui__result-link');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
  });

  test('highlights whole words, not a word inside a longer name', async ({ page, baseURL }) => {
    await page.goto('');
    await openSearch(page);
    await searchFor(page, 'cold start', new URL(String(baseURL)).pathname);
    const excerpts = page.locator('#starlight__search .pagefind-ui__result-excerpt');
    // The case that used to go wrong is on screen: an excerpt that names JumpStart.
    await expect(excerpts.filter({ hasText: 'JumpStart' }).first()).toBeVisible();
    const marked = await page.locator('#starlight__search mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toContain('cold');
    expect(marked.filter((word) => /jumpstart/i.test(word))).toEqual([]);
  });

  test('an excerpt reads as text, never as the list of words a page is also searched by', async ({
    page,
    baseURL,
  }) => {
    await page.goto('');
    await openSearch(page);
    // "async inference" is one of the inference page's aliases, so its words cluster in that list.
    await searchFor(page, 'async inference', new URL(String(baseURL)).pathname);
    const excerpts = page.locator('#starlight__search .pagefind-ui__result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    const texts = await excerpts.allTextContents();
    expect(texts.filter((text) => isAliasList(text))).toEqual([]);
    // The inference page answers with its one-line summary instead.
    expect(texts.some((text) => text.startsWith('Pick by workload'))).toBe(true);
  });

  test('a mistyped word is searched as the closest term, and the dialog says so', async ({
    page,
    baseURL,
  }) => {
    await page.goto('');
    await openSearch(page);
    const results = await searchFor(page, 'clarfy', new URL(String(baseURL)).pathname);
    expect(results[0]).toBe('clarify');
    await expect(page.locator('#starlight__search .site-search-relaxed-note')).toHaveText(
      'Showing results for Clarify.',
    );
    await expect(page.locator(status)).toHaveText(/^Showing results for Clarify: \d+ results? for Clarify$/);
    // A word the site uses is searched as typed.
    await searchFor(page, 'Model Registry', new URL(String(baseURL)).pathname);
    await expect(page.locator('#starlight__search .site-search-relaxed-note')).toBeHidden();
  });

  test("excerpts show each page's own words, not the closure notice repeated on many pages", async ({
    page,
    baseURL,
  }) => {
    await page.goto('');
    await openSearch(page);
    // SHAP is named in Clarify's closure notice, which ends several pages that also teach it.
    const results = await searchFor(page, 'shap', new URL(String(baseURL)).pathname);
    expect(results.length).toBeGreaterThan(3);
    const excerpts = page.locator('#starlight__search .pagefind-ui__result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    const texts = await excerpts.allTextContents();
    expect(texts.filter((text) => /suggests for new customers instead/.test(text))).toEqual([]);
    // Clarify's own result: its title is followed by its closure badge, yet it shows its summary.
    await searchFor(page, 'Clarify', new URL(String(baseURL)).pathname);
    const own = excerpts.first();
    await expect(own).toBeVisible();
    await expect(own).not.toContainText(closureNoticeCue);
    await expect(own).toContainText(/bias/i);
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`highlighted words stay visible in forced colours (${theme})`, async ({ page, baseURL }) => {
      await page.goto('');
      await useTheme(page, theme);
      await page.emulateMedia({ colorScheme: theme, forcedColors: 'active' });
      await openSearch(page);
      await searchFor(page, 'drift', new URL(String(baseURL)).pathname);
      const mark = page.locator('#starlight__search mark').first();
      await expect(mark).toBeVisible();
      const colours = await mark.evaluate((element) => {
        const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const [R, G, B] = [r, g, b].map((c) => {
            const s = c / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * R + 0.7152 * G + 0.0722 * B;
        };
        const style = getComputedStyle(element);
        const [text, behind] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))];
        return {
          background: style.backgroundColor,
          surrounding: getComputedStyle(element.closest('.pagefind-ui__result-excerpt') ?? element)
            .backgroundColor,
          contrast: (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05),
        };
      });
      // The word sits on a highlight of its own (not the transparent one that forced colours
      // erased), and its text stands out from that highlight.
      expect(colours.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(colours.background).not.toBe(colours.surrounding);
      expect(colours.contrast).toBeGreaterThanOrEqual(3);
    });
  }
});

// The index does not depend on the viewport.
test.describe('the search index', { tag: '@desktop' }, () => {
  test('separates table cells and list items, so excerpts read as text', async ({ page, baseURL }) => {
    const basePath = new URL(String(baseURL)).pathname;
    for (const slug of ['inference', 'summary']) {
      await page.goto(`${slug}/`);
      // Neighbouring cells and items as the page shows them.
      const neighbours = await page.locator('main').evaluate((main) => {
        const pairs: [string, string][] = [];
        for (const parent of main.querySelectorAll('tr, ul, ol')) {
          const items = [...parent.children].filter((child) => /^(TD|TH|LI)$/.test(child.tagName));
          for (let i = 1; i < items.length; i++) {
            const [a, b] = [items[i - 1].textContent?.trim() ?? '', items[i].textContent?.trim() ?? ''];
            if (a && b) pairs.push([a, b]);
          }
        }
        return pairs;
      });
      expect(neighbours.length).toBeGreaterThan(5);
      const content: string = await page.evaluate(
        async ({ bundle, slug }) => {
          const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
          const { results } = await pagefind.search(slug === 'summary' ? 'cheat sheet' : 'serverless');
          for (const result of results) {
            const data = await result.data();
            if (data.url.endsWith(`/${slug}/`)) return data.content;
          }
          return '';
        },
        { bundle: `${basePath}pagefind/`, slug },
      );
      expect(content.length).toBeGreaterThan(0);
      const glued = neighbours
        .map(([a, b]) => `${a.slice(-10)}${b.slice(0, 10)}`)
        .filter((joined) => content.includes(joined));
      expect(glued, `text of neighbouring cells run together in the index of /${slug}/`).toEqual([]);
      // A cell of the inference table names its option before its value, apart from it.
      if (slug === 'inference') expect(content).toContain('Asynchronous inference · Up to 1 GB');
    }
  });
});
