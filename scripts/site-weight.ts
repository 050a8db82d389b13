// What the built site's pages and islands weigh, read from the files in the build (no browser):
// used by the size budget in npm test and by npm run bench.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlBreakdown, htmlParts, type HtmlPart } from '../src/lib/html-breakdown.ts';
import { firstScreenEnd } from '../src/lib/first-screen.ts';

export interface Weight {
  raw: number;
  gzip: number;
  /** Separate files (requests); inline code counts as none. */
  files: number;
}

/** What a page loads before the reader does anything: islands hydrate later, on their own. */
export interface PageWeight {
  page: string;
  html: Weight;
  /** The HTML's parts (props, SVG, questions, sidebar, inline scripts, rest), each compressed alone. */
  htmlParts: Record<HtmlPart, Weight>;
  /** Gzipped bytes of the HTML up to the end of the first screen (first-screen.ts), if it has one. */
  firstScreenGzip?: number;
  /** Render-blocking stylesheets and inline styles. */
  css: Weight;
  /** Scripts the page runs on load (files with their static imports, and inline scripts). */
  js: Weight;
  /**
   * All the JavaScript fetched before the reader acts: `js` and the code of the islands that
   * hydrate on load (`client:load`, such as the practice page's), Astro's renderer included.
   */
  beforeActing: Weight;
}

export interface IslandWeight {
  /** The component's name, without the build's hash. */
  island: string;
  pages: string[];
  /** The island's own modules it hydrates with (static imports), without Preact and Astro's renderer. */
  own: Weight;
  /** Its modules that load later, on first use (`import(…)`), and are not already in `own`. */
  onDemand: Weight;
  /** Preact and Astro's renderer, shared by every island. */
  runtime: Weight;
}

/** Files are compressed one by one; inline blocks together, as they travel in one HTML stream. */
function weigh(files: string[], inline: string[] = []): Weight {
  const contents = files.map((file) => readFileSync(file));
  const inlined = inline.join('\n');
  return {
    raw: contents.reduce((sum, content) => sum + content.length, 0) + Buffer.byteLength(inlined),
    gzip:
      contents.reduce((sum, content) => sum + gzipSync(content).length, 0) +
      (inlined ? gzipSync(inlined).length : 0),
    files: files.length,
  };
}

/** Each part of a page's HTML, raw and compressed on its own. */
function weighParts(html: string): Record<HtmlPart, Weight> {
  const parts = htmlBreakdown(html);
  return Object.fromEntries(
    htmlParts.map((part) => [part, weigh([], parts[part] ? [parts[part]] : [])]),
  ) as Record<HtmlPart, Weight>;
}

function firstScreenGzip(html: string): number | undefined {
  const end = firstScreenEnd(html);
  return end === undefined ? undefined : gzipSync(html.slice(0, end)).length;
}

/** Every page of the build, as its path below the base ('' is the home page), with its file. */
export function builtPages(dist: string): { page: string; file: string }[] {
  const pages: { page: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push({ page: folder === '' ? '' : `${folder}/`, file: path });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * A module and everything it imports statically, re-exports included (`export … from`: an island
 * whose code sits in a shared file is one such line); `import(…)` loads later, so it is left out.
 */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(
    /\b(?:import|export)\s*(?:[^"'`()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    staticGraph(join(dirname(entry), spec), seen);
  }
  return seen;
}

/** A module and everything it imports, at once or later. */
function fullGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    fullGraph(join(dirname(entry), spec), seen);
  }
  return seen;
}

export function siteWeight(dist: string, base: string) {
  const toFile = (url: string) => join(dist, posix.relative(base, url));
  const pages: PageWeight[] = [];
  const islands = new Map<string, { component: string; renderer: string; pages: string[] }>();

  for (const { page, file } of builtPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const cssFiles = [
      ...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")[^>]*>/g),
    ].map(([, href]) => toFile(href));
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body);
    const inlineJs = [
      ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
    ]
      .map(([, body]) => body)
      .filter((body) => body.trim() !== '');
    // Script files the page links, and those its inline loader fetches once it has painted
    // (src/integrations/scripts-after-paint.ts): both load before the reader does anything.
    const scriptFiles = new Set<string>();
    const loaded = new RegExp(
      `["'](${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}_astro/[^"']+\\.js)["']`,
      'g',
    );
    for (const [, src] of [
      ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g),
      ...inlineJs.join('\n').matchAll(loaded),
    ])
      staticGraph(toFile(src), scriptFiles);
    const eagerIslandFiles = new Set(scriptFiles);
    for (const [tag, component, renderer] of html.matchAll(
      /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"[^>]*>/g,
    )) {
      const known = islands.get(component) ?? { component, renderer, pages: [] };
      if (!known.pages.includes(page)) known.pages.push(page);
      islands.set(component, known);
      // An island that hydrates on load (`client:load`) is fetched before the reader acts.
      if (/\sclient="load"/.test(tag)) {
        staticGraph(toFile(component), eagerIslandFiles);
        staticGraph(toFile(renderer), eagerIslandFiles);
      }
    }
    pages.push({
      page,
      html: weigh([file]),
      htmlParts: weighParts(html),
      firstScreenGzip: firstScreenGzip(html),
      css: weigh(cssFiles, inlineCss),
      js: weigh([...scriptFiles], inlineJs),
      beforeActing: weigh([...eagerIslandFiles], inlineJs),
    });
  }

  const islandWeights: IslandWeight[] = [...islands.values()].map(({ component, renderer, pages }) => {
    const shared = fullGraph(toFile(renderer));
    // Preact's own modules (core, hooks, JSX runtime) count as the runtime, not as the island's code.
    const isRuntime = (file: string) =>
      shared.has(file) || /^(preact|hooks|jsxRuntime)\.module\./.test(posix.basename(file));
    const graph = [...fullGraph(toFile(component))];
    const atHydration = staticGraph(toFile(component));
    const own = graph.filter((file) => !isRuntime(file));
    const runtime = [...new Set([...shared, ...graph.filter(isRuntime)])];
    return {
      island: posix.basename(component).replace(/\.[\w-]+\.js$/, ''),
      pages,
      own: weigh(own.filter((file) => atHydration.has(file))),
      onDemand: weigh(own.filter((file) => !atHydration.has(file))),
      runtime: weigh(runtime),
    };
  });

  return { pages, islands: islandWeights };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
