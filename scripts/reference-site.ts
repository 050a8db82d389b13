// The reference of `npm run bench`: a default Starlight site (bench/reference-site/) whose pages
// are our built pages' text as plain Markdown, one page for each of ours, built under the same base
// path. Same words, default rendering: the side-by-side timings show what our pages add around
// their content. Written at bench time from our own build, so nothing here depends on the notes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages } from './site-weight.ts';
import { markdownFile, referencePage } from '../src/lib/reference-markdown.ts';

const root = 'bench/reference-site';

/**
 * Writes the reference pages from our build in `ourDist` and builds them into `outDir`, then
 * removes the written pages and the build's cache (copies of our text that nothing else needs).
 */
export function buildReferenceSite(ourDist: string, basePath: string, outDir: string) {
  const docs = join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (const { page, file } of builtPages(ourDist)) {
    const name = page.replace(/\/$/, '') || 'index';
    writeFileSync(join(docs, `${name}.md`), markdownFile(referencePage(readFileSync(file, 'utf8'))));
  }
  try {
    execFileSync('npx', ['astro', 'build', '--root', root], {
      stdio: 'ignore',
      env: { ...process.env, BASE_PATH: basePath, OUT_DIR: resolve(outDir) },
    });
  } finally {
    rmSync(docs, { recursive: true, force: true });
    rmSync(`${resolve(outDir)}-cache`, { recursive: true, force: true });
  }
}
