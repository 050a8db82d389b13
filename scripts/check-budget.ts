// npm run budget: fails when a page or an island of the build outgrows size-budget.ts.
// Reads the build in DIST_DIR (default dist/) made under BASE_PATH (default /aif-c01/, as npm test).
import { sizeBudget } from '../size-budget.ts';
import { kb, siteWeight } from './site-weight.ts';

const dist = process.env.DIST_DIR || 'dist';
const base = process.env.BASE_PATH || '/aif-c01/';
const { pages, islands } = siteWeight(dist, base);
const over: string[] = [];

const pagesWithIslands = new Set(islands.flatMap((island) => island.pages));
for (const { page, ...weights } of pages) {
  const general = { ...sizeBudget.page, ...(pagesWithIslands.has(page) ? sizeBudget.pageWithIslands : {}) };
  for (const kind of ['html', 'css', 'js'] as const) {
    const limit = sizeBudget.pages[page]?.[kind] ?? general[kind];
    const gzip = weights[kind].gzip;
    if (gzip > limit) over.push(`/${page} ${kind}: ${kb(gzip)} gzipped, budget ${kb(limit)}`);
  }
  const { beforeActing } = weights;
  const { js, files } = sizeBudget.beforeActing;
  if (beforeActing.gzip > js || beforeActing.files > files) {
    over.push(
      `/${page} before the reader acts: ${kb(beforeActing.gzip)} of JS in ${beforeActing.files} files, ` +
        `budget ${kb(js)} in ${files}`,
    );
  }
}
for (const { island, own, runtime } of islands) {
  const limit = sizeBudget.islands[island];
  if (limit === undefined) over.push(`${island}: no budget in size-budget.ts (${kb(own.gzip)} gzipped)`);
  else if (own.gzip > limit) over.push(`${island}: ${kb(own.gzip)} gzipped, budget ${kb(limit)}`);
  if (runtime.gzip > sizeBudget.islandRuntime) {
    over.push(`island runtime: ${kb(runtime.gzip)} gzipped, budget ${kb(sizeBudget.islandRuntime)}`);
  }
}
if (pages.length === 0) over.push(`no pages found in ${dist}`);

const heaviest = (kind: 'html' | 'css' | 'js') => Math.max(...pages.map((page) => page[kind].gzip));
const practice = pages.find(({ page }) => page === 'practice/')?.beforeActing;
if (practice)
  console.log(`practice/ before a session: ${kb(practice.gzip)} of JS in ${practice.files} files`);
console.log(
  `Size budget: ${pages.length} pages (heaviest gzipped: HTML ${kb(heaviest('html'))}, CSS ${kb(heaviest('css'))}, JS ${kb(heaviest('js'))}), ${islands.length} islands`,
);
if (over.length > 0) {
  console.error(`Over budget:\n  ${[...new Set(over)].join('\n  ')}`);
  process.exit(1);
}
