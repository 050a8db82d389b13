import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { separateBlocks } from '../lib/search/separate-blocks';
import { topics } from '../data/topics';
import { glossary } from '../data/glossary';
import { keyTerms } from '../data/key-terms';
import { availability } from '../data/availability';

/** Pagefind's default UI, which imports Pagefind's engine from the bundle at run time. */
const pagefindUi = /@pagefind\/default-ui\/.*ui-core\.m?js$/;
const engineImport = 'import(`${base_path}pagefind.js`)';
const relaxedEngine = fileURLToPath(new URL('../components/starlight/relaxed-pagefind.ts', import.meta.url));

/**
 * The site's vocabulary, against which typos are corrected: page names, service names, glossary
 * terms and the key terms each page must show. A few hundred words, bundled with the search UI.
 */
function searchTerms(): string[] {
  return [
    ...topics.map((topic) => topic.label),
    ...availability.map((record) => record.name),
    ...glossary.map((entry) => entry.term),
    ...Object.values(keyTerms).flat(),
  ];
}

/** Hands Pagefind's UI the engine of relaxed-pagefind.ts, which answers questions, not just words. */
function relaxedEnginePlugin(): Plugin {
  return {
    name: 'question-search',
    enforce: 'post',
    transform(code, id) {
      if (!pagefindUi.test(id)) return null;
      if (!code.includes(engineImport)) {
        throw new Error(`question-search: Pagefind's UI no longer loads its engine as expected (${id})`);
      }
      return `import { loadRelaxedPagefind } from ${JSON.stringify(relaxedEngine)};\n${code.replace(engineImport, `loadRelaxedPagefind(base_path, ${JSON.stringify(searchTerms())})`)}`;
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Search that answers the questions readers type: Pagefind's UI searches through
 * relaxed-pagefind.ts (question words dropped, comparisons split, words searched one by one when
 * no page holds them all), and the built pages separate table cells and list items before
 * Pagefind indexes them, so excerpts read as text. Must come before Starlight, whose build hook
 * runs Pagefind.
 */
export function questionSearch(): AstroIntegration {
  return {
    name: 'question-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [relaxedEnginePlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        let changed = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const separated = separateBlocks(html);
          if (separated === html) continue;
          await writeFile(file, separated);
          changed++;
        }
        logger.info(`Separated table cells and list items for the search index in ${changed} pages`);
      },
    },
  };
}
