import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/** Starlight's search component, whose script loads Pagefind's UI once the browser is idle. */
const starlightSearchScript = /@astrojs\/starlight\/.*components\/Search\.astro\?astro&type=script/;
/** The scheduler that script picks; swapped for one that waits for the reader's intent. */
const idleScheduler =
  /window\.requestIdleCallback\s*\|\|\s*\(\s*\(?\s*cb\s*\)?\s*=>\s*setTimeout\(\s*cb\s*,\s*1\s*\)\s*\)/;
const intentModule = fileURLToPath(new URL('../components/starlight/search-intent.ts', import.meta.url));
/** Where the script waits for the document to be parsed, an event long past once it loads after the paint. */
const parsedListener = /window\.addEventListener\(\s*["'`]DOMContentLoaded["'`]\s*,/;
const parsedModule = fileURLToPath(new URL('../lib/when-parsed.ts', import.meta.url));

/**
 * Makes Starlight's search load Pagefind's UI (26 KB gzipped) when the reader reaches for search
 * (see search-intent.ts) instead of at idle on every page. Starlight's component stays whole: only
 * its scheduler is replaced, and its wait for DOMContentLoaded, which has fired by the time the
 * script loads after the first paint (scripts-after-paint.ts); the build fails if either line
 * moves on in a new Starlight.
 */
export function searchOnIntent(): Plugin {
  return {
    name: 'search-on-intent',
    enforce: 'post',
    transform(code, id) {
      if (!starlightSearchScript.test(id)) return null;
      if (!idleScheduler.test(code) || !parsedListener.test(code)) {
        throw new Error(
          `search-on-intent: Starlight's search no longer schedules its UI as expected (${id})`,
        );
      }
      return (
        `import { whenSearchWanted } from ${JSON.stringify(intentModule)};\n` +
        `import { whenParsed } from ${JSON.stringify(parsedModule)};\n` +
        code.replace(idleScheduler, 'whenSearchWanted').replace(parsedListener, 'whenParsed(')
      );
    },
  };
}
