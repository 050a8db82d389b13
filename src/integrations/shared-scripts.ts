import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';
import { joinBase } from '../lib/url.ts';

/** An inline `<script>` element: its attributes and body (a body cannot contain `</script>`). */
const scriptElement = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
/** Astro's island runtime (the `<astro-island>` element) and its directives (`client:visible`, …). */
const islandRuntime = /customElements\.define\(\s*["'`]astro-island["'`]/;
const islandDirective = /^\(\(\)=>\{[\s\S]*\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.\w+=/;
/** What a module can do that a function body cannot (so such a module stays inline). */
const moduleOnly = /\bawait\b|\bimport\b|\bexport\b/;

export interface SharedFile {
  /** The file's path below the build's root, e.g. `_astro/page-scripts.1a2b3c4d.js`. */
  path: string;
  code: string;
}

interface Script {
  element: string;
  attributes: string;
  body: string;
}

function inlineScripts(html: string): Script[] {
  return [...html.matchAll(scriptElement)]
    .map(([element, attributes = '', body]) => ({ element, attributes: attributes.trim(), body }))
    .filter(({ attributes }) => !/\bsrc=/.test(attributes));
}

const hashedPath = (name: string, code: string) =>
  `_astro/${name}.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;

/**
 * Moves the inline scripts that pages repeat into two files the browser caches after the first
 * page, leaving in each page only what must run where it stands:
 * - the module scripts every page has (Starlight's theme and language pickers, its sidebar state,
 *   our update notice and scroll cues) become one module, each body in its own function so their
 *   minified names do not meet; modules already run after the page is parsed, so nothing moves in
 *   time;
 * - Astro's island runtime and directives become one deferred script on the pages with islands;
 *   islands wait for it as they wait for being visible (`client:load` hydrates after parsing
 *   rather than at its element, which no island here notices).
 * What stays inline must run before the first paint, at its place: Starlight's theme provider
 * (else a flash of the wrong theme), the search button's shortcut label, the sidebar's scroll
 * restore and the folded exam tip (`document.currentScript`).
 */
export function shareScripts(pages: string[], base: string): { pages: string[]; files: SharedFile[] } {
  const scripts = pages.map(inlineScripts);
  const onEveryPage = scripts
    .slice(1)
    .reduce(
      (shared, page) => shared.filter((body) => page.some((script) => script.body === body)),
      scripts[0]?.map((script) => script.body) ?? [],
    );
  const everyPageModules = [
    ...new Set(
      (scripts[0] ?? [])
        .filter((script) => script.attributes === 'type="module"' && onEveryPage.includes(script.body))
        .filter((script) => !moduleOnly.test(script.body))
        .map((script) => script.body),
    ),
  ];
  const isIslandScript = (script: Script) =>
    script.attributes === '' && (islandRuntime.test(script.body) || islandDirective.test(script.body));
  // Directives first: the runtime upgrades the islands at once, and each looks up its directive.
  const islandBodies = [
    ...new Set(
      scripts
        .flat()
        .filter(isIslandScript)
        .map((script) => script.body),
    ),
  ].sort((a, b) => Number(islandRuntime.test(a)) - Number(islandRuntime.test(b)));

  const files: SharedFile[] = [];
  const moduleCode = everyPageModules.map((body) => `(()=>{${body}\n})();`).join('\n');
  const moduleFile = everyPageModules.length > 0 ? hashedPath('page-scripts', moduleCode) : undefined;
  if (moduleFile) files.push({ path: moduleFile, code: moduleCode });
  const islandCode = islandBodies.join('\n');
  const islandFile = islandBodies.length > 0 ? hashedPath('islands', islandCode) : undefined;
  if (islandFile) files.push({ path: islandFile, code: islandCode });

  const rewritten = pages.map((html, index) => {
    const moved = scripts[index].filter(
      (script) =>
        (script.attributes === 'type="module"' && everyPageModules.includes(script.body)) ||
        isIslandScript(script),
    );
    if (moved.length === 0) return html;
    const hasIslands = moved.some(isIslandScript);
    const tags =
      (moduleFile ? `<script type="module" src="${joinBase(base, moduleFile)}"></script>` : '') +
      (hasIslands && islandFile ? `<script defer src="${joinBase(base, islandFile)}"></script>` : '');
    let page = html;
    for (const { element } of moved) page = page.replace(element, '');
    if (!page.includes('</head>')) throw new Error('shared-scripts: a page has no </head>');
    return page.replace('</head>', `${tags}</head>`);
  });
  return { pages: rewritten, files };
}

/** Runs `shareScripts` on the built pages; must run before the CSP hashes what stays inline. */
export function sharedScripts(base: string): AstroIntegration {
  return {
    name: 'shared-scripts',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = htmlFiles(root);
        const { pages, files } = shareScripts(
          paths.map((path) => readFileSync(path, 'utf8')),
          base,
        );
        paths.forEach((path, index) => writeFileSync(path, pages[index]));
        for (const { path, code } of files) writeFileSync(join(root, path), code);
        logger.info(`Moved repeated inline scripts into ${files.map((file) => file.path).join(' and ')}`);
      },
    },
  };
}
