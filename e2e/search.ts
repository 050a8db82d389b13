import { expect, type Page } from '@playwright/test';

/**
 * Waits until the search button works (its script has run). Pagefind's UI itself loads only when
 * the reader reaches for search, so it is not there yet.
 */
export async function searchReady(page: Page) {
  await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
}

/** Whether Pagefind's UI has been drawn into the search dialog. */
export function searchUi(page: Page) {
  return page.locator('#starlight__search .pagefind-ui__search-input');
}

/** Opens Starlight's search dialog the way a reader does (the header's search button). */
export async function openSearch(page: Page) {
  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  const input = page
    .locator('#starlight__search input[type="text"], #starlight__search input[type="search"]')
    .first();
  await expect(input).toBeVisible();
  return input;
}

/**
 * Types a query into the open search dialog and returns the pages of the top-level results, in
 * order, as slugs below the base path ('' for the home page).
 */
export async function searchFor(page: Page, query: string, basePath: string): Promise<string[]> {
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  // Typed key by key as a reader does (a single `fill` can land while Pagefind is still loading).
  await input.fill('');
  await input.pressSequentially(query);
  const message = page.locator('#starlight__search .pagefind-ui__message');
  const escaped = query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  await expect(message).toHaveText(new RegExp(`for ${escaped}$`));
  const links = page.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title a');
  const read = () =>
    links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // On a busy machine a slower, earlier keystroke's results can still be drawing: read until the
  // list a reader would look at has settled.
  let hrefs = await read();
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(250);
    const again = await read();
    if (again.join() === hrefs.join()) break;
    hrefs = again;
  }
  return hrefs.map((path) => path.slice(basePath.length).replace(/\/$/, ''));
}
