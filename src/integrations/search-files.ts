import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pagefind's own UI bundles: Starlight ships its UI in _astro/, so readers never fetch these. */
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * Lists the Pagefind files a search needs, relative to the pagefind/ folder, each as Pagefind
 * requests it: the entry file carries the build's cache tag.
 */
export function searchFiles(pagefindDir: string, cacheTag: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!unusedUi.test(entry.name) && entry.name !== 'search-files.json')
        files.push(relative(pagefindDir, path));
    }
  };
  walk(pagefindDir);
  return files.sort().map((file) => (file === 'pagefind-entry.json' ? `${file}?ts=${cacheTag}` : file));
}

/**
 * Writes pagefind/search-files.json after Starlight has built the index (this integration must come
 * after Starlight's), so the site can fetch the whole index ahead of a search and search offline.
 */
export function searchFilesManifest(cacheTag: string): AstroIntegration {
  return {
    name: 'search-files-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pagefindDir = join(fileURLToPath(dir), 'pagefind');
        const files = searchFiles(pagefindDir, cacheTag);
        writeFileSync(join(pagefindDir, 'search-files.json'), JSON.stringify(files));
        logger.info(`Listed ${files.length} search files in pagefind/search-files.json`);
      },
    },
  };
}
