import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { htmlFiles } from './html-files.ts';
import { deferredScript } from './scripts-after-paint.ts';

/** Every relative `.js` file a built module names: static and dynamic imports, preload lists. */
const namedFile = /["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g;
/** The files a built module imports statically (`import … from`, `import "…"`, `export … from`). */
const staticImport = /\b(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;

/** What each built script names and imports statically, by file name. */
export interface ScriptGraph {
  names: Map<string, Set<string>>;
  imports: Map<string, Set<string>>;
}

export function scriptGraph(code: Map<string, string>): ScriptGraph {
  const collect = (pattern: RegExp) =>
    new Map(
      [...code].map(([name, text]) => [name, new Set([...text.matchAll(pattern)].map(([, file]) => file))]),
    );
  return { names: collect(namedFile), imports: collect(staticImport) };
}

/** The deferred script elements of a page, in document order, with their files' paths below the base. */
export function deferredScripts(html: string, base: string): { element: string; path: string }[] {
  return [...html.matchAll(deferredScript)].map(([element, src]) => {
    if (!src.startsWith(base)) throw new Error(`page-script-bundles: ${src} is not below ${base}`);
    return { element, path: src.slice(base.length) };
  });
}

/**
 * The files one bundle may take in: the entries and the files they import statically that nothing
 * outside the bundle names, so that no module runs twice on a page (once in the bundle, once from
 * its own file for an island). What loads on demand (`import(…)`) stays a file of its own.
 */
export function filesToInline(entries: string[], graph: ScriptGraph): Set<string> {
  const inlined = new Set(entries);
  const reachable = new Set(entries);
  for (const file of reachable) for (const imported of graph.imports.get(file) ?? []) reachable.add(imported);
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of reachable) {
      if (inlined.has(file)) continue;
      const namers = [...graph.names].filter(([namer, names]) => namer !== file && names.has(file));
      if (namers.every(([namer]) => inlined.has(namer))) {
        inlined.add(file);
        grew = true;
      }
    }
  }
  return inlined;
}

/**
 * One file for a page's deferred scripts: Starlight's (search, contents), Astro's prefetch and
 * island runtime, ours. Each is a separate request otherwise, seven or eight per page, fetched
 * once the page has painted (scripts-after-paint.ts); one file is one request and compresses
 * better. Entries keep their order; a classic script (the island runtime) runs as a module,
 * which it is written to allow. Files that islands share stay separate, imported by the bundle.
 */
export async function bundle(astroDir: string, entries: string[], inlined: Set<string>): Promise<string> {
  const entryId = '\0page-bundle';
  const build = await rolldown({
    input: entryId,
    // The inputs are built already: every statement they kept runs.
    treeshake: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'page-bundle',
        resolveId(source, importer) {
          if (source === entryId) return source;
          // Only relative names are files of the build; anything else stays as written.
          if (!/^\.{1,2}\//.test(source)) return { id: source, external: true };
          const file = resolve(importer === entryId || !importer ? astroDir : dirname(importer), source);
          const name = posix.basename(file);
          return inlined.has(name) ? file : { id: `./${name}`, external: true };
        },
        load(id) {
          if (id !== entryId) return null;
          return entries.map((entry) => `import ${JSON.stringify(`./${posix.basename(entry)}`)};`).join('\n');
        },
      },
    ],
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  await build.close();
  if (output.length !== 1 || output[0].type !== 'chunk') {
    throw new Error(
      `page-script-bundles: bundling ${entries.join(', ')} made ${output.map((o) => o.fileName).join(', ')}`,
    );
  }
  return output[0].code;
}

/** Bundles each distinct set of deferred scripts, rewrites the pages and removes what no one names. */
export function pageScriptBundles(base: string): AstroIntegration {
  return {
    name: 'page-script-bundles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const astroDir = join(root, '_astro');
        const graph = scriptGraph(
          new Map(
            readdirSync(astroDir)
              .filter((name) => name.endsWith('.js'))
              .map((name) => [name, readFileSync(join(astroDir, name), 'utf8')]),
          ),
        );
        const pages = htmlFiles(root).map((path) => ({ path, html: readFileSync(path, 'utf8') }));
        const bundles = new Map<string, { path: string; inlined: Set<string> }>();
        for (const page of pages) {
          const scripts = deferredScripts(page.html, base);
          if (scripts.length < 2) continue;
          if (!scripts.every(({ path }) => path.startsWith('_astro/'))) continue;
          const key = scripts.map(({ path }) => path).join(' ');
          let made = bundles.get(key);
          if (!made) {
            const entries = scripts.map(({ path }) => posix.basename(path));
            const inlined = filesToInline(entries, graph);
            const code = await bundle(astroDir, entries, inlined);
            const path = `_astro/page-bundle.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
            writeFileSync(join(root, path), code);
            made = { path, inlined };
            bundles.set(key, made);
          }
          const [first, ...rest] = scripts;
          let html = page.html.replace(
            first.element,
            `<script type="module" src="${base}${made.path}"></script>`,
          );
          for (const { element } of rest) html = html.replace(element, '');
          page.html = html;
          writeFileSync(page.path, html);
        }
        // A bundled file stays only if a page or a file outside the bundles still names it.
        const taken = new Set([...bundles.values()].flatMap(({ inlined }) => [...inlined]));
        for (const name of taken) {
          const named =
            pages.some(({ html }) => html.includes(name)) ||
            [...graph.names].some(([namer, names]) => !taken.has(namer) && names.has(name));
          if (!named && existsSync(join(astroDir, name))) unlinkSync(join(astroDir, name));
        }
        logger.info(`Bundled ${bundles.size} sets of page scripts, ${taken.size} files`);
      },
    },
  };
}
