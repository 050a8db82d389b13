import { describe, expect, it } from 'vitest';
import { shareScripts } from './shared-scripts';

const theme = '<script>document.documentElement.dataset.theme = "dark";</script>';
const picker =
  '<script type="module">var e=1;customElements.define(`x-picker`,class extends HTMLElement{})</script>';
const notice = '<script type="module">var e=2;console.log(e)</script>';
const onePage = '<script type="module">var e=3;</script>';
const waits = '<script type="module">await Promise.resolve();</script>';
const directive =
  '<script>(()=>{var a=(s)=>s();(self.Astro||(self.Astro={})).visible=a;window.dispatchEvent(new Event("astro:visible"));})();</script>';
const runtime =
  '<script>(()=>{class f extends HTMLElement{}customElements.define("astro-island",f)})();</script>';
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('shareScripts', () => {
  const home = page(theme + picker + notice + waits, '<h1>Home</h1>');
  const topic = page(
    theme + picker + notice + waits,
    `<p>Text</p>${onePage}${directive}${runtime}<astro-island>`,
  );
  const { pages, files } = shareScripts([home, topic], '/aif-c01/');
  const [modules, islands] = files;

  it('puts the module scripts every page has into one module, each in its own scope', () => {
    expect(modules.path).toMatch(/^_astro\/page-scripts\.[0-9a-f]{8}\.js$/);
    expect(modules.code).toBe(
      '(()=>{var e=1;customElements.define(`x-picker`,class extends HTMLElement{})\n})();\n(()=>{var e=2;console.log(e)\n})();',
    );
  });

  it("puts Astro's island directives before its runtime in one file", () => {
    expect(islands.path).toMatch(/^_astro\/islands\.[0-9a-f]{8}\.js$/);
    expect(islands.code.indexOf('.visible=')).toBeLessThan(islands.code.indexOf('astro-island'));
  });

  it('links the files from the head, the island file only where there are islands', () => {
    expect(pages[0]).toContain(`<script type="module" src="/aif-c01/${modules.path}"></script></head>`);
    expect(pages[0]).not.toContain(islands.path);
    expect(pages[1]).toContain(`<script defer src="/aif-c01/${islands.path}"></script></head>`);
    expect(pages[1]).not.toContain(runtime);
    expect(pages[1]).not.toContain(directive);
    expect(pages[0]).not.toContain(picker);
  });

  it('keeps inline what runs before paint, what one page has, and modules that wait', () => {
    for (const html of pages) expect(html).toContain(theme);
    expect(pages[1]).toContain(onePage);
    expect(pages[0]).toContain(waits);
  });

  it('changes nothing when no script repeats', () => {
    expect(shareScripts([page('', '<p>a</p>')], '/')).toEqual({ pages: [page('', '<p>a</p>')], files: [] });
  });
});
