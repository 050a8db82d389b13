import { describe, expect, it } from 'vitest';
import { elementEnd, htmlBreakdown, htmlParts } from './html-breakdown';

const svg = '<svg viewBox="0 0 1 1"><g><svg><rect/></svg></g></svg>';
const sidebar =
  '<sl-sidebar-pane id="starlight__sidebar"><a href="/">Home</a><svg><path/></svg></sl-sidebar-pane>';
const questions = '<ol class="q-list"><li><ol><li>A</li></ol></li></ol>';
const props = ' props="{&quot;rows&quot;:[1,2]}"';
const island = `<astro-island uid="x"${props} ssr><p>Chooser</p></astro-island>`;
const theme = '<script>document.documentElement.dataset.theme="dark"</script>';
const page = `<html><head>${theme}<script src="/a.js"></script></head><body>${sidebar}<main>${svg}${island}${questions}</main></body></html>`;

describe('htmlBreakdown', () => {
  const parts = htmlBreakdown(page);

  it('gives every character of the page to exactly one part', () => {
    expect(htmlParts.map((part) => parts[part].length).reduce((a, b) => a + b)).toBe(page.length);
  });

  it('names each part', () => {
    expect(parts.svg).toBe(svg);
    expect(parts.sidebar).toBe(sidebar);
    expect(parts.questions).toBe(questions);
    expect(parts.props).toBe(props);
    expect(parts.scripts).toBe(theme);
  });

  it('leaves scripts with a src and everything else in the rest', () => {
    expect(parts.rest).toContain('<script src="/a.js"></script>');
    expect(parts.rest).toContain('<p>Chooser</p>');
    expect(parts.rest).not.toContain('<svg');
  });
});

describe('elementEnd', () => {
  it('skips nested elements of the same name', () => {
    expect(elementEnd(questions, 0, 'ol')).toBe(questions.length);
  });

  it('treats a self-closing element as closed', () => {
    expect(elementEnd('<svg/><p></p>', 0, 'svg')).toBe('<svg/>'.length);
  });
});
