import { test, expect } from './fixtures';

test.describe('a table wider than the screen', () => {
  test('says that it scrolls on a phone, and says nothing when it fits', async ({ page, isMobile }) => {
    await page.goto('inference/');
    const limits = page.getByRole('region', { name: 'The limits to remember' });
    await limits.scrollIntoViewIfNeeded();
    const cue = () => limits.evaluate((region) => getComputedStyle(region, '::before').content);
    if (isMobile) {
      await expect(limits).toHaveAttribute('data-scrolls', '');
      expect(await cue()).toContain('Scroll sideways for more');
    } else {
      await expect(limits).not.toHaveAttribute('tabindex');
      expect(await cue()).toBe('none');
    }
  });
});
