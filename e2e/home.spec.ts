import { test, expect } from './fixtures';

test('the home title keeps the exam code on one line', async ({ page }) => {
  await page.goto('');
  const lines = await page.locator('h1').evaluate((title) => {
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const at = text.search(/AIF.C01/);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'AIF-C01'.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }
    return 0;
  });
  expect(lines, 'lines the exam code spans').toBe(1);
});
