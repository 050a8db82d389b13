import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, deferredScripts, filesToInline, scriptGraph } from './page-script-bundles';

describe('deferredScripts', () => {
  it('lists module and deferred classic script files in document order, below the base', () => {
    const html =
      '<head><script>inline()</script><script type="module" src="/b/_astro/a.js"></script>' +
      '<script defer src="/b/_astro/islands.js"></script></head>' +
      '<body><script src="/b/_astro/blocking.js"></script><script type="module" src="/b/_astro/toc.js"></script></body>';
    expect(deferredScripts(html, '/b/')).toEqual([
      { element: '<script type="module" src="/b/_astro/a.js"></script>', path: '_astro/a.js' },
      { element: '<script defer src="/b/_astro/islands.js"></script>', path: '_astro/islands.js' },
      { element: '<script type="module" src="/b/_astro/toc.js"></script>', path: '_astro/toc.js' },
    ]);
  });

  it('fails on a script from outside the base, which no bundle could take in', () => {
    expect(() => deferredScripts('<script type="module" src="/elsewhere/a.js"></script>', '/b/')).toThrow(
      /not below \/b\//,
    );
  });
});

describe('filesToInline', () => {
  const graph = scriptGraph(
    new Map([
      ['search.js', 'import{t}from"./helper.js";import"./toc-core.js";()=>import(`./dialog.js`)'],
      ['toc.js', 'import"./toc-core.js";'],
      ['toc-core.js', 'customElements.define("x",class{})'],
      ['helper.js', 'export const t=1'],
      ['dialog.js', 'export default 1'],
      ['island.js', 'import{t}from"./helper.js";'],
    ]),
  );

  it('takes in what only the entries import, and leaves what an island names or loads on demand', () => {
    expect([...filesToInline(['search.js', 'toc.js'], graph)].sort()).toEqual([
      'search.js',
      'toc-core.js',
      'toc.js',
    ]);
  });

  it('leaves a file that an entry outside the set also imports', () => {
    expect([...filesToInline(['search.js'], graph)]).toEqual(['search.js']);
  });
});

describe('bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'first.js': 'import{t as e}from"./shared.js";import"./core.js";window.log.push("first "+e);',
    'core.js': 'window.log.push("core");',
    'islands.js': '(()=>{var a="island";window.log.push(a)})();',
    'second.js': 'window.log.push("second");const l=()=>import(`./later.js`);window.later=l;',
    'shared.js': 'export const t="shared";',
    'later.js': 'export default 1;',
    'island.js': 'import{t}from"./shared.js";',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);

  it('runs the entries in order, in one file that imports what stays shared', async () => {
    const entries = ['first.js', 'islands.js', 'second.js'];
    const code = await bundle(
      dir,
      entries,
      filesToInline(entries, scriptGraph(new Map(Object.entries(files)))),
    );
    expect(code).toMatch(/from\s*["']\.\/shared\.js["']/);
    expect(code).toMatch(/import\(\s*[`"']\.\/later\.js[`"']\s*\)/);
    expect(code).not.toContain('export');
    // Run it with the shared file's export in place of its import.
    const log: string[] = [];
    const body = code.replace(
      /import\s*\{\s*t\s+as\s+(\w+)\s*\}\s*from\s*["']\.\/shared\.js["'];?/,
      'const $1="shared";',
    );
    new Function('window', body)({ log });
    expect(log).toEqual(['core', 'first shared', 'island', 'second']);
  });
});
