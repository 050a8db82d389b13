import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * What a reader needs offline: every page (the 404 page too), its styles, scripts, icons and the
 * manifest, the practice questions as CSV (the practice page offers it for download) and as JSON
 * (its sessions load them), and the whole Pagefind bundle (its runtime, WebAssembly, index,
 * fragments) so search answers too.
 * Pagefind's own UI bundles stay out: Starlight ships its UI in _astro/.
 */
export const precachePatterns = ['**/*.{html,css,js,json,svg,png,webmanifest,csv}', 'pagefind/**/*'];
export const precacheExclusions = ['sw.js', 'pagefind/pagefind-{ui,modular-ui,component-ui,highlight}.*'];

/**
 * Writes `sw.js` (the name earlier readers' workers update from) with Workbox after the build:
 * it precaches the whole site, each file under its base-path URL with a revision, so a deploy is
 * installed whole and a reader never gets a mix of old and new files. A new worker waits until
 * the reader accepts the page's "new version" notice (or closes every tab); the first one takes
 * over at once so the page that installed it works offline too. Addresses it does not hold go to
 * the network as without a worker (GitHub Pages redirects `/summary` to `/summary/`); only when
 * that fails, offline, does the reader get the site's own 404 page instead of the browser's
 * offline page. No address is ever answered with some other page of the site.
 * Must run after every other step that writes to the build (Pagefind's index, the CSP).
 */
export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: precachePatterns,
          globIgnores: precacheExclusions,
          swDest: `${root}sw.js`,
          modifyURLPrefix: { '': base },
          // Pagefind asks for its entry file with a cache tag (?ts=…); the file is the same.
          ignoreURLParametersMatching: [/^ts$/],
          // Hashed names change with their content: no revision needed.
          dontCacheBustURLsMatching: /\/_astro\//,
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          // After the precache, which answers every page it holds: the rest of the navigations.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${base}404.html` } },
            },
          ],
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
