import { describe, expect, it } from 'vitest';
import { shareStyles, stylesheetsNamed } from './shared-styles';

const print = '<link rel="stylesheet" href="/b/_astro/print.1.css" media="print">';
const link = (name: string) => `<link rel="stylesheet" href="/b/_astro/${name}.css">`;
const badge = '<style>.badge{color:red}</style>';
const handle = '<style>.handle{cursor:grab}</style>';
const island = '<style>astro-island{display:contents}</style>';
const page = (head: string, body = '<h1>Page</h1>') =>
  `<html><head>${head}</head><body>${body}</body></html>`;
const read = (href: string) => `/* ${href} */`;

describe('shareStyles', () => {
  const home = page(print + link('common.abc') + badge + link('practice.def') + handle);
  const topic = page(
    print + link('common.abc') + badge + link('practice.def') + handle + link('topic.ghi'),
    `<p>Text</p>${island}`,
  );
  const { pages, stylesheets } = shareStyles([home, topic], read);
  const [common, practice] = stylesheets;

  it('appends each block every page has to the stylesheet just before it, keeping the cascade order', () => {
    expect(stylesheets.map(({ from }) => from)).toEqual([
      '/b/_astro/common.abc.css',
      '/b/_astro/practice.def.css',
    ]);
    expect(common.code).toBe('/* /b/_astro/common.abc.css */\n.badge{color:red}');
    expect(practice.code).toBe('/* /b/_astro/practice.def.css */\n.handle{cursor:grab}');
  });

  it('names each changed stylesheet by a hash of its content and links it instead of the old one', () => {
    expect(common.to).toMatch(/^\/b\/_astro\/common\.[0-9a-f]{8}\.css$/);
    expect(practice.to).toMatch(/^\/b\/_astro\/practice\.[0-9a-f]{8}\.css$/);
    const links = `<link rel="stylesheet" href="${common.to}"><link rel="stylesheet" href="${practice.to}">`;
    expect(pages[0]).toBe(page(print + links));
    expect(pages[1]).toBe(page(print + links + link('topic.ghi'), `<p>Text</p>${island}`));
  });

  it('leaves a block that follows another stylesheet on some page, or that some page lacks', () => {
    const moved = page(link('common.abc') + badge + handle);
    const elsewhere = page(link('common.abc') + badge + link('topic.ghi') + handle);
    const result = shareStyles([moved, elsewhere, page(link('common.abc') + handle)], read);
    expect(result.stylesheets).toEqual([]);
    expect(result.pages[0]).toBe(moved);
  });

  it('never extends a stylesheet a script names, so its name stays valid', () => {
    const named = (href: string) => href === '/b/_astro/practice.def.css';
    const result = shareStyles([home, topic], read, named);
    expect(result.stylesheets.map(({ from }) => from)).toEqual(['/b/_astro/common.abc.css']);
    for (const html of result.pages) {
      expect(html).toContain(link('practice.def') + handle);
      expect(html).not.toContain(badge);
    }
  });
});

describe('stylesheetsNamed', () => {
  it("finds the stylesheets in Vite's preload lists", () => {
    const island =
      'const m=(i,d=(m.f||(m.f=["_astro/Session.1.js","_astro/practice.Smh6jmHV.css"])))=>i.map(i=>d[i]);';
    expect([...stylesheetsNamed([island, 'console.log(1)'])]).toEqual(['_astro/practice.Smh6jmHV.css']);
  });
});
