// npm run bench: builds the site under /aif-c01/, serves it, and prints search and size figures.
// Figures only, no pass/fail: timings belong here, not in tests.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { searchCases } from '../e2e/search-queries.ts';

const basePath = '/aif-c01/';
const port = 4398;
const dist = 'dist-bench';
const origin = `http://127.0.0.1:${port}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const ms = (value: number) => `${value.toFixed(1)} ms`;

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

console.log('Building under /aif-c01/ …');
execFileSync('npx', ['astro', 'build'], {
  stdio: 'ignore',
  env: { ...process.env, BASE_PATH: basePath, OUT_DIR: `./${dist}` },
});

// --- Sizes -----------------------------------------------------------------------------------
const pagefindDir = join(dist, 'pagefind');
const searchFiles: string[] = JSON.parse(readFileSync(join(pagefindDir, 'search-files.json'), 'utf8'));
const indexBytes = searchFiles.reduce(
  (sum, file) => sum + statSync(join(pagefindDir, file.split('?')[0])).size,
  0,
);
console.log('\nSearch index');
console.log(
  `  files a search can need:   ${searchFiles.length}, ${kb(indexBytes)} (Pagefind files are compressed already)`,
);

/** Gzipped size of an island's own code: its entry chunk and what it imports, minus the renderer's. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
    moduleGraph(join(dirname(entry), spec), seen);
  }
  return seen;
}
const islands = new Map<string, { component: string; renderer: string }>();
for (const file of filesBelow(dist).filter((path) => path.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  for (const [, component, renderer] of html.matchAll(
    /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/g,
  )) {
    islands.set(component, { component, renderer });
  }
}
const toFile = (url: string) => join(dist, posix.relative(basePath, url));
console.log('\nIsland JavaScript (gzipped)');
for (const { component, renderer } of islands.values()) {
  const shared = moduleGraph(toFile(renderer));
  // Preact's own modules (core, hooks, JSX runtime) count as Preact, not as the island's code.
  const isPreact = (file: string) =>
    shared.has(file) || /^(preact|hooks|jsxRuntime)\.module\./.test(posix.basename(file));
  const graph = [...moduleGraph(toFile(component))];
  const own = graph.filter((file) => !isPreact(file));
  const runtime = new Set([...shared, ...graph.filter(isPreact)]);
  const gz = (files: Iterable<string>) =>
    [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  console.log(
    `  ${posix.basename(component)}: own ${kb(gz(own))}; Preact and Astro runtime ${kb(gz(runtime))}`,
  );
}
if (islands.size === 0) console.log('  (no islands)');

// --- Search timings --------------------------------------------------------------------------
const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, DIST_DIR: dist, BASE_PATH: basePath, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  // First search over the network, without the service worker's prefetch.
  const cold = await browser.newContext({ serviceWorkers: 'block' });
  const coldPage = await cold.newPage();
  let firstSearchBytes = 0;
  await coldPage.goto(`${origin}${basePath}`);
  await coldPage.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  coldPage.on('response', async (response) => {
    firstSearchBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await coldPage
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  await coldPage.locator('#starlight__search .pagefind-ui__search-input').pressSequentially('model monitor');
  await coldPage.locator('#starlight__search .pagefind-ui__result').first().waitFor();
  await coldPage.waitForLoadState('networkidle');
  console.log(
    `\nFirst search, over the network without the service worker\n  downloads ${kb(firstSearchBytes)} (Pagefind runtime, WebAssembly, index chunks, excerpts)`,
  );
  await cold.close();

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}${basePath}`);
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });

  // The engine alone: Pagefind's JavaScript API, after one warm-up query.
  const engine: number[] = await page.evaluate(
    async ({ bundle, queries }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      await pagefind.init();
      await pagefind.search('warm up');
      const times: number[] = [];
      for (const query of queries) {
        const start = performance.now();
        await pagefind.search(query);
        times.push(performance.now() - start);
      }
      return times;
    },
    { bundle: `${basePath}pagefind/`, queries: searchCases.map((c) => c.query) },
  );
  console.log('\nSearch engine (Pagefind API, %d queries)', engine.length);
  console.log(`  median ${ms(median(engine))}, p95 ${ms(p95(engine))}`);

  // What a reader waits for: last keystroke to the first result on screen, through the real UI.
  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  const waits: number[] = [];
  for (const { query } of searchCases) {
    await input.fill('');
    await page.waitForTimeout(150);
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number };
      document.addEventListener('keydown', () => (w.lastKey = performance.now()), { capture: true });
    });
    await input.pressSequentially(query, { delay: 30 });
    const wait = await page.evaluate(
      (expected) =>
        new Promise<number>((resolve) => {
          const check = () => {
            const message =
              document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
            const shown = document.querySelector('#starlight__search .pagefind-ui__result-link');
            if (message.endsWith(`for ${expected}`) && shown) {
              observer.disconnect();
              resolve(performance.now() - (window as unknown as { lastKey: number }).lastKey);
              return true;
            }
            return false;
          };
          const observer = new MutationObserver(check);
          const dialog = document.querySelector('#starlight__search');
          if (!check() && dialog)
            observer.observe(dialog, { subtree: true, childList: true, characterData: true });
        }),
      query,
    );
    waits.push(wait);
  }
  console.log('\nLast keystroke to first result on screen (search UI, %d queries)', waits.length);
  console.log(`  median ${ms(median(waits))}, p95 ${ms(p95(waits))}`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
