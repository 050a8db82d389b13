import { describe, expect, it } from 'vitest';
import { withSections, type ContentsItem } from './page-contents';

const overview: ContentsItem = { depth: 2, slug: '_top', text: 'Overview', children: [] };
const choose: ContentsItem = {
  depth: 2,
  slug: 'how-to-choose',
  text: 'How to choose',
  children: [{ depth: 3, slug: 'limits', text: 'Limits', children: [] }],
};

describe('withSections', () => {
  it('appends component sections as h2 entries after the Markdown headings', () => {
    const items = withSections([overview, choose], [{ slug: 'check-yourself', text: 'Check yourself' }]);
    expect(items.map((item) => [item.depth, item.slug, item.text])).toEqual([
      [2, '_top', 'Overview'],
      [2, 'how-to-choose', 'How to choose'],
      [2, 'check-yourself', 'Check yourself'],
    ]);
  });

  it('leaves out a section the contents already list, at any depth', () => {
    const items = withSections(
      [overview, choose],
      [
        { slug: 'limits', text: 'Limits' },
        { slug: 'letter-a', text: 'A' },
      ],
    );
    expect(items.map((item) => item.slug)).toEqual(['_top', 'how-to-choose', 'letter-a']);
  });

  it('does not change the list it is given', () => {
    const items = [overview];
    withSections(items, [{ slug: 'check-yourself', text: 'Check yourself' }]);
    expect(items).toEqual([overview]);
  });
});
