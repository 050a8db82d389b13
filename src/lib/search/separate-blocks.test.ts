import { describe, expect, it } from 'vitest';
import { separateBlocks } from './separate-blocks';

const page = (body: string, outside = '<ul><li>a</li><li>b</li></ul>') =>
  `<body>${outside}<main data-pagefind-body class="x">${body}</main></body>`;

describe('separateBlocks', () => {
  it('separates table cells, list items and definitions in the indexed body', () => {
    expect(separateBlocks(page('<tr><th>Option</th><td>Low</td></tr>'))).toBe(
      page('<tr><th>Option </th><td>Low </td></tr>'),
    );
    expect(separateBlocks(page('<ul><li>one</li><li>two</li></ul><dl><dt>a</dt><dd>b</dd></dl>'))).toBe(
      page('<ul><li>one </li><li>two </li></ul><dl><dt>a </dt><dd>b </dd></dl>'),
    );
  });
  it('leaves the rest of the page, and pages without an indexed body, alone', () => {
    expect(separateBlocks(page('<p>text</p>'))).toBe(page('<p>text</p>'));
    const noBody = '<main><table><tr><td>a</td><td>b</td></tr></table></main>';
    expect(separateBlocks(noBody)).toBe(noBody);
  });
  it('keeps the element sequence: the space goes inside each element, never between two', () => {
    const separated = separateBlocks(page('<ol><li><p>a</p></li><li><p>b</p></li></ol>'));
    expect(separated).toBe(page('<ol><li><p>a</p> </li><li><p>b</p> </li></ol>'));
    expect(separated).not.toMatch(/<\/li>\s+<li/);
  });
  it('adds nothing where text already follows', () => {
    expect(separateBlocks(page('<li>a</li>\n<li>b</li>'))).toBe(page('<li>a</li>\n<li>b</li>'));
  });
});
