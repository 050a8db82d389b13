import { describe, expect, it } from 'vitest';
import { loadScriptsAfterPaint } from './scripts-after-paint';

const theme = '<script>document.documentElement.dataset.theme = "dark";</script>';
const search = '<script type="module" src="/b/_astro/Search.1.js"></script>';
const shared = '<script type="module" src="/b/_astro/page-scripts.2.js"></script>';
const islands = '<script defer src="/b/_astro/islands.3.js"></script>';
const toc = '<script type="module" src="/b/_astro/TableOfContents.4.js"></script>';
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('loadScriptsAfterPaint', () => {
  const before = page(theme + shared + islands + search, `<p>Text</p>${toc}<astro-island></astro-island>`);
  const after = loadScriptsAfterPaint(before);
  const loader = /<script>([^<]*)<\/script><\/head>/.exec(after)?.[1] ?? '';

  it('takes every deferred script file out of the page', () => {
    for (const script of [search, shared, islands, toc]) expect(after).not.toContain(script);
  });

  it('keeps inline what runs before the paint, and the content as it was', () => {
    expect(after).toContain(theme);
    expect(after).toContain('<p>Text</p><astro-island></astro-island>');
  });

  it('imports the modules in their order and inserts the classic script, once the page has loaded and a frame is drawn', async () => {
    const listeners: Record<string, () => void> = {};
    const imported: string[] = [];
    const appended: string[] = [];
    const run = new Function(
      'addEventListener',
      'requestAnimationFrame',
      'setTimeout',
      'document',
      loader.replace(/\bimport\(/g, 'importModule('),
    ) as (...args: unknown[]) => void;
    const importModule = (src: string) => imported.push(src);
    Object.assign(globalThis, { importModule });
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    run(
      (type: string, listener: () => void) => (listeners[type] = listener),
      (callback: () => void) => frames.push(callback),
      (callback: () => void) => timers.push(callback),
      {
        createElement: () => ({}),
        head: { append: (script: { src: string }) => appended.push(script.src) },
      },
    );
    expect(Object.keys(listeners)).toEqual(['load']);
    listeners.load();
    frames.forEach((frame) => frame());
    expect(imported).toEqual([]);
    timers.forEach((timer) => timer());
    expect(imported).toEqual([
      '/b/_astro/page-scripts.2.js',
      '/b/_astro/Search.1.js',
      '/b/_astro/TableOfContents.4.js',
    ]);
    expect(appended).toEqual(['/b/_astro/islands.3.js']);
  });

  it('leaves a page without script files as it is', () => {
    const plain = page(theme, '<p>a</p>');
    expect(loadScriptsAfterPaint(plain)).toBe(plain);
  });
});
