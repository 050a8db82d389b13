import { describe, expect, it } from 'vitest';
import { loadScriptsAfterPaint } from './scripts-after-paint';

const theme = '<script>document.documentElement.dataset.theme = "dark";</script>';
const search = '<script type="module" src="/b/_astro/Search.1.js"></script>';
const shared = '<script type="module" src="/b/_astro/page-scripts.2.js"></script>';
const islands = '<script defer src="/b/_astro/islands.3.js"></script>';
const toc = '<script type="module" src="/b/_astro/TableOfContents.4.js"></script>';
const manifest = '<link rel="manifest" href="/b/manifest.webmanifest"/>';
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('loadScriptsAfterPaint', () => {
  const before = page(
    manifest + theme + shared + islands + search,
    `<p>Text</p>${toc}<astro-island></astro-island>`,
  );
  const after = loadScriptsAfterPaint(before);
  const loader = /<script>([^<]*)<\/script><\/head>/.exec(after)?.[1] ?? '';

  it('takes every deferred script file, and the manifest, out of the page', () => {
    for (const element of [search, shared, islands, toc, manifest]) expect(after).not.toContain(element);
  });

  it('keeps inline what runs before the paint, and the content as it was', () => {
    expect(after).toContain(theme);
    expect(after).toContain('<p>Text</p><astro-island></astro-island>');
  });

  /** Runs the loader with a page's globals faked; returns what it fetched and how to move it on. */
  function runLoader({ paintTiming }: { paintTiming: boolean }) {
    const listeners: Record<string, () => void> = {};
    const fetched: string[] = [];
    let painted = () => {};
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
      constructor(private callback: (list: unknown, observer: FakeObserver) => void) {}
      observe({ type, buffered }: { type: string; buffered: boolean }) {
        expect({ type, buffered }).toEqual({ type: 'paint', buffered: true });
        painted = () => this.callback({}, this);
      }
      disconnect() {
        painted = () => {};
      }
    }
    const run = new Function(
      'addEventListener',
      'self',
      'document',
      'importModule',
      loader.replace(/\bimport\(/g, 'importModule('),
    ) as (...args: unknown[]) => void;
    run(
      (type: string, listener: () => void) => (listeners[type] = listener),
      { PerformanceObserver: FakeObserver },
      {
        createElement: (tag: string) => ({ tag }),
        head: {
          append: (element: { tag: string; src?: string; rel?: string; href?: string }) =>
            fetched.push(
              element.tag === 'script' ? `script ${element.src}` : `${element.rel} ${element.href}`,
            ),
        },
      },
      (src: string) => fetched.push(`import ${src}`),
    );
    return { fetched, load: () => listeners.load(), paint: () => painted() };
  }
  const everything = [
    'import /b/_astro/page-scripts.2.js',
    'import /b/_astro/Search.1.js',
    'import /b/_astro/TableOfContents.4.js',
    'script /b/_astro/islands.3.js',
    'manifest /b/manifest.webmanifest',
  ];

  it('fetches the scripts, modules in their order, once the page has loaded and painted', () => {
    const page = runLoader({ paintTiming: true });
    page.load();
    expect(page.fetched).toEqual([]);
    page.paint();
    expect(page.fetched).toEqual(everything);
    page.paint();
    expect(page.fetched).toEqual(everything);

    const paintedFirst = runLoader({ paintTiming: true });
    paintedFirst.paint();
    expect(paintedFirst.fetched).toEqual([]);
    paintedFirst.load();
    expect(paintedFirst.fetched).toEqual(everything);
  });

  it('waits for the load event alone where the browser reports no paint timing', () => {
    const page = runLoader({ paintTiming: false });
    expect(page.fetched).toEqual([]);
    page.load();
    expect(page.fetched).toEqual(everything);
  });

  it('leaves a page without script files as it is', () => {
    const plain = page(theme, '<p>a</p>');
    expect(loadScriptsAfterPaint(plain)).toBe(plain);
  });
});
