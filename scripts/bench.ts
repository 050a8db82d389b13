// npm run bench: builds the site under /aif-c01/, serves it, and prints one report: build time,
// per page bytes and requests, each island's JavaScript, search timings, Lighthouse (mobile,
// median of three runs) on four pages and on a bare page for the machine's floor, each against
// the targets of issue 9 with the gap where one is missed, and our pages side by side with a
// default Starlight site of the same words (issue 26; scripts/reference-site.ts).
// Figures only, no pass/fail: timings belong here, not in tests (sizes are budgeted in npm test).
// `npm run bench -- --search` builds and measures search only (no page weights, no Lighthouse);
// `npm run bench -- --reference` prints the page weights and the side-by-side timings only.
// BENCH_PORT serves our site on another port, BENCH_REFERENCE_PORT the reference site.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { kb, siteWeight } from './site-weight.ts';
import { sizeBudget } from '../size-budget.ts';
import { searchCases } from '../e2e/search-queries.ts';
import { planSearch } from '../src/lib/search/query.ts';
import { htmlParts } from '../src/lib/html-breakdown.ts';
import { buildReferenceSite } from './reference-site.ts';

const searchOnly = process.argv.includes('--search');
const referenceOnly = process.argv.includes('--reference');
const basePath = '/aif-c01/';
const port = Number(process.env.BENCH_PORT || 4398);
const referencePort = Number(process.env.BENCH_REFERENCE_PORT || port + 1);
const dist = 'dist-bench';
const referenceDist = 'dist-reference';
const origin = `http://127.0.0.1:${port}`;
const referenceOrigin = `http://127.0.0.1:${referencePort}`;
/** The pages Lighthouse scores: home, a content page, and the two islands' pages. */
const scoredPages = ['', 'overview/', 'jumpstart/', 'pipeline-builder/'];
/** The pages timed side by side with the reference site: issue 26's four. */
const comparedPages = ['', 'overview/', 'jumpstart/', 'inference/'];
const target = {
  contentPageJs: 8 * 1024,
  searchMedian: 150,
  firstSearch: 300,
  lcp: 1200,
  cls: 0,
  score: 100,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** "met" or by how much a figure misses its target (lower is better). */
const versus = (value: number, limit: number, show: (n: number) => string) =>
  value <= limit ? `met (≤ ${show(limit)})` : `MISSED by ${show(value - limit)} (target ≤ ${show(limit)})`;

function table(header: string[], rows: string[][]) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`  ${line(header)}\n${rows.map((row) => `  ${line(row)}`).join('\n')}`);
}

// --- Build -----------------------------------------------------------------------------------
console.log('Building under /aif-c01/ …');
const buildStart = performance.now();
execFileSync('npx', ['astro', 'build'], {
  stdio: 'ignore',
  env: { ...process.env, BASE_PATH: basePath, OUT_DIR: `./${dist}` },
});
const buildSeconds = (performance.now() - buildStart) / 1000;
console.log(
  `\nBuild: ${buildSeconds.toFixed(1)} s (astro build with Pagefind, the CSP and the service worker)`,
);

if (!searchOnly) {
  const referenceStart = performance.now();
  buildReferenceSite(dist, basePath, referenceDist);
  console.log(
    `Reference site: ${((performance.now() - referenceStart) / 1000).toFixed(1)} s ` +
      "(default Starlight, our pages' text as Markdown, bench/reference-site/)",
  );
}

/** Serves a build gzipped, as GitHub Pages does (scripts/serve.mjs). */
const serve = (dir: string, on: number) =>
  spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, DIST_DIR: dir, BASE_PATH: basePath, PORT: String(on) },
    stdio: 'ignore',
  });
const servers = [serve(dist, port), ...(searchOnly ? [] : [serve(referenceDist, referencePort)])];
await new Promise((resolve) => setTimeout(resolve, 800));
const chromePath = findChromium();
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });

try {
  if (!searchOnly) await pageWeights();
  if (!referenceOnly) await searchTimings();
  if (!searchOnly && !referenceOnly) lighthouseScores();
  if (!searchOnly) sideBySide();
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}

/** Per page bytes and requests on load, and each island's JavaScript. */
async function pageWeights() {
  const { pages, islands } = siteWeight(dist, basePath);
  /** Requests a page makes on load, before the reader acts (no service worker). */
  const requestsOnLoad = async (browser: Browser, page: string) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    let count = 0;
    tab.on('request', () => count++);
    await tab.goto(`${origin}${basePath}${page}`, { waitUntil: 'networkidle' });
    await context.close();
    return count;
  };
  const rows: string[][] = [];
  for (const { page, html, css, js, beforeActing } of pages) {
    const size = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`;
    rows.push([
      `/${page}`,
      size(html),
      size(css),
      size(js),
      `${kb(beforeActing.gzip)} in ${beforeActing.files}`,
      String(await requestsOnLoad(browser, page)),
    ]);
  }
  console.log(
    '\nPages on load, before the reader acts (raw / gzipped; JS counts files and inline scripts; ' +
      'all JS adds the islands that hydrate on load, gzipped, in files)',
  );
  table(['page', 'HTML', 'CSS', 'JS', 'all JS', 'requests'], rows);
  const practice = pages.find(({ page }) => page === 'practice/')?.beforeActing;
  if (practice) {
    const goal = sizeBudget.beforeActing;
    console.log(
      `  /practice/ before a session: ${kb(practice.gzip)} of JS in ${practice.files} files ` +
        `(goal: at most ${kb(goal.js)} in ${goal.files})`,
    );
  }
  const withIslands = new Set(islands.flatMap((island) => island.pages));
  const contentJs = Math.max(
    ...pages.filter((p) => p.page !== '' && !withIslands.has(p.page)).map((p) => p.js.gzip),
  );
  console.log(
    `  heaviest content page without islands: ${kb(contentJs)} of JS, ${versus(contentJs, target.contentPageJs, kb)}; ` +
      `a default Starlight site loads 30.6 KB (${((30.6 * 1024) / contentJs).toFixed(1)}× more)`,
  );

  console.log(
    "\nWhere each page's HTML goes (raw / gzipped, each part compressed alone; containers own what they hold)",
  );
  table(
    ['page', ...htmlParts],
    pages.map(({ page, htmlParts: parts }) => [
      `/${page}`,
      ...htmlParts.map((part) =>
        parts[part].raw ? `${kb(parts[part].raw)} / ${kb(parts[part].gzip)}` : '—',
      ),
    ]),
  );

  const firstRoundTrip = 14 * 1024;
  const late = pages.filter((p) => (p.firstScreenGzip ?? 0) > firstRoundTrip);
  console.log(
    `  first screen (title, one-line summary, exam tip) within the first ${kb(firstRoundTrip)} of gzipped HTML: ` +
      `${pages.length - late.length}/${pages.length} pages` +
      (late.length
        ? `; MISSED: ${late.map((p) => `/${p.page} at ${kb(p.firstScreenGzip ?? 0)}`).join(', ')}`
        : ''),
  );
  console.log(
    `  furthest first screen: ${kb(Math.max(...pages.map((p) => p.firstScreenGzip ?? 0)))} gzipped into the HTML`,
  );

  console.log('\nIsland JavaScript (gzipped; loaded only on its pages, once visible)');
  table(
    ['island', 'own (hydration)', 'files', 'on first use', 'Preact + Astro runtime', 'pages'],
    islands.map(({ island, own, onDemand, runtime, pages }) => [
      island,
      kb(own.gzip),
      String(own.files),
      onDemand.files ? `${kb(onDemand.gzip)} in ${onDemand.files}` : '—',
      kb(runtime.gzip),
      pages.map((p) => `/${p}`).join(' '),
    ]),
  );
}

/** Search: index size, the first search of a visit, and every query of the table. */
async function searchTimings() {
  const pagefindDir = join(dist, 'pagefind');
  const indexFiles = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? walk(path)
        : /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)
          ? []
          : [path];
    });
  })(pagefindDir);
  const indexBytes = indexFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log('\nSearch');
  console.log(
    `  Pagefind files a search can need: ${indexFiles.length}, ${kb(indexBytes)} (compressed already)`,
  );

  const searchInput = '#starlight__search .pagefind-ui__search-input';
  /** Resolves with the time from the last keystroke to the first result for `query` on screen. */
  const lastKeyToResult = (query: string) =>
    `new Promise((resolve) => {
      const check = () => {
        const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
        const answered = document.querySelector('#starlight__search .pagefind-ui__result-link') || message.startsWith('No results');
        if (message.endsWith(${JSON.stringify(`for ${query}`)}) && answered) {
          observer.disconnect();
          resolve(performance.now() - window.lastKey);
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(check);
      if (!check()) observer.observe(document.querySelector('#starlight__search'), { subtree: true, childList: true, characterData: true });
    })`;
  /** The pages of the results on screen, in order, once every result has drawn its title. */
  const pagesShown = () =>
    tab
      .waitForFunction(() =>
        [...document.querySelectorAll('#starlight__search .pagefind-ui__result')].every((result) =>
          result.querySelector('.pagefind-ui__result-title a'),
        ),
      )
      .then(() =>
        tab.$$eval('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title a', (links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        ),
      )
      .then((paths) => paths.map((path) => path.slice(basePath.length).replace(/\/$/, '')));
  const recordKeys = () =>
    document.addEventListener(
      'keydown',
      () => ((window as unknown as { lastKey: number }).lastKey = performance.now()),
      { capture: true },
    );

  // First search of a visit: nothing of search loaded; the reader presses Ctrl+K and types at once.
  const firstOpen: number[] = [];
  const firstResult: number[] = [];
  let firstBytes = 0;
  for (let visit = 0; visit < 5; visit++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(`${origin}${basePath}overview/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    tab.on(
      'response',
      async (response) => (bytes += (await response.body().catch(() => Buffer.alloc(0))).length),
    );
    await tab.evaluate(recordKeys);
    const pressed = Date.now();
    await tab.keyboard.press('Control+k');
    await tab.locator(searchInput).waitFor();
    firstOpen.push(Date.now() - pressed);
    await tab.locator(searchInput).pressSequentially('model monitor', { delay: 30 });
    firstResult.push(await tab.evaluate(lastKeyToResult('model monitor')));
    await tab.waitForLoadState('networkidle');
    firstBytes = bytes;
    await context.close();
  }
  console.log(`  first search of a visit, UI not loaded (5 visits, Ctrl+K then typing at once):`);
  console.log(`    shortcut to search box drawn: median ${ms(median(firstOpen))}`);
  console.log(
    `    last keystroke to first result: median ${ms(median(firstResult))}, ${versus(median(firstResult), target.firstSearch, ms)}`,
  );
  console.log(
    `    downloads ${kb(firstBytes)} (search UI, Pagefind runtime, WebAssembly, index chunks, excerpts)`,
  );

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const tab = await context.newPage();
  await tab.goto(`${origin}${basePath}`);
  const engine: number[] = await tab.evaluate(
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
  console.log(
    `  engine alone (Pagefind API, ${engine.length} queries): median ${ms(median(engine))}, p95 ${ms(p95(engine))}`,
  );

  await tab
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  const input = tab.locator(searchInput);
  await tab.evaluate(recordKeys);
  const waits: number[] = [];
  const relaxedWaits: number[] = [];
  let first = 0;
  let inFirstThree = 0;
  const empty: string[] = [];
  const firstMissed: string[] = [];
  for (const { query, page, orPage } of searchCases) {
    await input.fill('');
    await tab.waitForTimeout(150);
    await input.pressSequentially(query, { delay: 30 });
    const wait: number = await tab.evaluate(lastKeyToResult(query));
    // Questions and comparisons run several Pagefind searches (src/lib/search/).
    const plan = planSearch(query);
    (plan.strict !== query.trim() || plan.sides.length > 0 ? relaxedWaits : waits).push(wait);
    const shown = await pagesShown();
    const rank = shown.indexOf(page) + 1;
    if (rank === 1 || (orPage !== undefined && shown[0] === orPage)) first++;
    else firstMissed.push(`"${query}": /${page}/ #${rank || '—'} [${shown.slice(0, 3).join(', ')}]`);
    if (rank >= 1 && rank <= 3) inFirstThree++;
    if (shown.length === 0) empty.push(query);
  }
  const share = (count: number) =>
    `${count}/${searchCases.length} (${((100 * count) / searchCases.length).toFixed(0)} %)`;
  console.log(
    `  last keystroke to first result, UI loaded (${waits.length} queries of words): median ${ms(median(waits))}, p95 ${ms(p95(waits))}, ${versus(median(waits), target.searchMedian, ms)}`,
  );
  console.log(
    `  the same for questions and comparisons (${relaxedWaits.length}, several searches each): median ${ms(median(relaxedWaits))}, p95 ${ms(p95(relaxedWaits))}, ${versus(median(relaxedWaits), target.searchMedian, ms)}`,
  );
  console.log(
    `  query table: first hit ${share(first)}, in the first three ${share(inFirstThree)}; ` +
      `queries with no result: ${empty.length}${empty.length ? ` (MISSED, target 0: ${empty.join('; ')})` : ' (target 0, met)'}`,
  );
  console.log(
    `  rows whose teaching page comes first (either one where a row names two): ` +
      (firstMissed.length ? `MISSED ${firstMissed.length}: ${firstMissed.join('; ')}` : 'all, met'),
  );
  await context.close();
}

/** Runs Lighthouse (mobile) on a URL, its report written into `dir` under `name`, and reads it. */
function lighthouseReport(url: string, dir: string, name: string, extraArgs: string[] = []) {
  const output = join(dir, `${name.replace(/\W/g, '') || 'home'}.json`);
  execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ...extraArgs,
    ],
    { stdio: 'ignore', env: { ...process.env, CHROME_PATH: chromePath } },
  );
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** Lighthouse on the scored pages and on a bare page, the machine's floor. */
function lighthouseScores() {
  const runs = 3;
  console.log(
    `\nLighthouse 12.2.3 (mobile: simulated slow 4G and 4× CPU slowdown), Debian Chromium, median of ${runs} runs`,
  );
  // The floor: a bare page (one paragraph, no CSS, no script) scored the same way on this machine.
  // What it misses is the machine and the method, not the site.
  const floorPage = 'lighthouse-floor/';
  mkdirSync(join(dist, floorPage), { recursive: true });
  writeFileSync(
    join(dist, floorPage, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Floor</title><meta name="description" content="A bare page"></head><body><main><h1>Floor</h1>' +
      '<p>One paragraph and nothing else: no stylesheet, no script, no image.</p></main></body></html>',
  );
  const reports = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  /** One Lighthouse run of a page: its four scores, LCP, TBT and CLS. */
  const lighthouse = (page: string, run: number) => {
    const report = lighthouseReport(`${origin}${basePath}${page}`, reports, `${page}-${run}`);
    const audit = (id: string) => report.audits[id].numericValue as number;
    return {
      report,
      scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
        Math.round(report.categories[id].score * 100),
      ),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  };
  /** The run with the median performance score, as Lighthouse advises for noisy machines. */
  const medianRun = (page: string) => {
    const all = Array.from({ length: runs }, (_, run) => lighthouse(page, run)).sort(
      (a, b) => a.scores[0] - b.scores[0] || a.lcp - b.lcp,
    );
    return { ...all[Math.floor(runs / 2)], range: `${all[0].scores[0]}–${all[runs - 1].scores[0]}` };
  };
  const scoreRows: string[][] = [];
  const misses: string[] = [];
  for (const page of scoredPages) {
    const { report, scores, lcp, tbt, cls, range } = medianRun(page);
    scoreRows.push([`/${page}`, ...scores.map(String), range, ms(lcp), ms(tbt), cls.toFixed(3)]);
    const name = `/${page}`;
    scores.forEach((value, i) => {
      if (value < target.score)
        misses.push(
          `${name} ${['performance', 'accessibility', 'best practices', 'SEO'][i]} ${value}: MISSED by ${target.score - value}`,
        );
    });
    if (lcp > target.lcp)
      misses.push(`${name} LCP ${ms(lcp)}: MISSED by ${ms(lcp - target.lcp)} (target ≤ ${ms(target.lcp)})`);
    if (cls > target.cls) misses.push(`${name} CLS ${cls.toFixed(3)}: MISSED (target 0)`);
    // Why a category is below 100: its failing audits (performance's are the metrics above).
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      for (const { id: auditId, weight } of report.categories[id].auditRefs) {
        const { score: auditScore, title } = report.audits[auditId];
        if (weight > 0 && auditScore !== null && auditScore < 1) misses.push(`${name} ${id}: ${title}`);
      }
    }
    const blocking = report.audits['render-blocking-resources'];
    if (blocking.score !== null && blocking.score < 1)
      misses.push(`${name} ${blocking.title}: ${blocking.displayValue}`);
  }
  const floor = medianRun(floorPage);
  scoreRows.push([
    'floor (bare page)',
    ...floor.scores.map(String),
    floor.range,
    ms(floor.lcp),
    ms(floor.tbt),
    floor.cls.toFixed(3),
  ]);
  rmSync(reports, { recursive: true, force: true });
  table(['page', 'perf', 'a11y', 'best', 'SEO', `perf in ${runs} runs`, 'LCP', 'TBT', 'CLS'], scoreRows);
  console.log(
    misses.length
      ? `  ${misses.join('\n  ')}\n  floor: a bare page gets LCP ${ms(floor.lcp)} and TBT ${ms(floor.tbt)} here: ` +
          'that much of each figure is this machine and the simulation, not the site'
      : '  every target met: 100 in all four categories, LCP ≤ 1.2 s, CLS 0',
  );
}

/**
 * Issue 26: LCP and FCP of our pages and of the reference site's (the same words in a default
 * Starlight site), Lighthouse mobile, rounds interleaved (ours, then the reference, page by page)
 * so that the machine's load falls on both alike; the median of five rounds for each figure.
 */
function sideBySide() {
  const rounds = 5;
  const sites = { ours: origin, reference: referenceOrigin };
  type Timings = { lcp: number[]; fcp: number[] };
  const timings = Object.fromEntries(
    Object.keys(sites).map((site) => [
      site,
      Object.fromEntries(comparedPages.map((page) => [page, { lcp: [], fcp: [] } as Timings])),
    ]),
  ) as Record<keyof typeof sites, Record<string, Timings>>;
  const reports = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const loadBefore = loadavg()[0];
  for (let round = 0; round < rounds; round++) {
    for (const page of comparedPages) {
      for (const [site, siteOrigin] of Object.entries(sites) as [keyof typeof sites, string][]) {
        const report = lighthouseReport(
          `${siteOrigin}${basePath}${page}`,
          reports,
          `${site}-${page}-${round}`,
          ['--only-categories=performance'],
        );
        timings[site][page].lcp.push(report.audits['largest-contentful-paint'].numericValue);
        timings[site][page].fcp.push(report.audits['first-contentful-paint'].numericValue);
      }
    }
  }
  rmSync(reports, { recursive: true, force: true });
  const ourHtml = new Map(siteWeight(dist, basePath).pages.map((p) => [p.page, p.html.gzip]));
  const referenceHtml = new Map(siteWeight(referenceDist, basePath).pages.map((p) => [p.page, p.html.gzip]));
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const ratio = (ours: number, reference: number) => `${(ours / reference).toFixed(2)}×`;
  let lcpFirst = 0;
  let fcpFirst = 0;
  const rows = comparedPages.map((page) => {
    const lcp = [median(timings.ours[page].lcp), median(timings.reference[page].lcp)];
    const fcp = [median(timings.ours[page].fcp), median(timings.reference[page].fcp)];
    if (lcp[0] <= lcp[1]) lcpFirst++;
    if (fcp[0] <= fcp[1]) fcpFirst++;
    return [
      `/${page}`,
      `${seconds(lcp[0])} / ${seconds(lcp[1])}`,
      ratio(lcp[0], lcp[1]),
      `${seconds(fcp[0])} / ${seconds(fcp[1])}`,
      ratio(fcp[0], fcp[1]),
      `${kb(ourHtml.get(page) ?? 0)} / ${kb(referenceHtml.get(page) ?? 0)}`,
    ];
  });
  console.log(
    `\nSide by side with a default Starlight site of the same words (Lighthouse mobile, ${rounds} interleaved rounds, medians)`,
  );
  table(
    ['page', 'LCP ours / default', 'ratio', 'FCP ours / default', 'ratio', 'HTML gzipped ours / default'],
    rows,
  );
  console.log(
    `  ours paints first (≤ the default's): LCP on ${lcpFirst}/${comparedPages.length} pages, FCP on ${fcpFirst}/${comparedPages.length}` +
      `; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (2 cores)`,
  );
}
