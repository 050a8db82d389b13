import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/** Starlight's search component, whose script loads Pagefind's UI once the browser is idle. */
const starlightSearchScript = /@astrojs\/starlight\/.*components\/Search\.astro\?astro&type=script/;
/** The scheduler that script picks; swapped for one that waits for the reader's intent. */
const idleScheduler =
  /window\.requestIdleCallback\s*\|\|\s*\(\s*\(?\s*cb\s*\)?\s*=>\s*setTimeout\(\s*cb\s*,\s*1\s*\)\s*\)/;
const intentModule = fileURLToPath(new URL('../components/starlight/search-intent.ts', import.meta.url));

/**
 * Makes Starlight's search load Pagefind's UI (26 KB gzipped) when the reader reaches for search
 * (see search-intent.ts) instead of at idle on every page. Starlight's component stays whole: only
 * its scheduler is replaced, and the build fails if that line moves on in a new Starlight.
 */
export function searchOnIntent(): Plugin {
  return {
    name: 'search-on-intent',
    enforce: 'post',
    transform(code, id) {
      if (!starlightSearchScript.test(id)) return null;
      if (!idleScheduler.test(code)) {
        throw new Error(
          `search-on-intent: Starlight's search no longer schedules its UI as expected (${id})`,
        );
      }
      return `import { whenSearchWanted } from ${JSON.stringify(intentModule)};\n${code.replace(idleScheduler, 'whenSearchWanted')}`;
    },
  };
}
