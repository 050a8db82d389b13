// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.ts';
import { pagefindUiOptions } from './src/integrations/pagefind-ui-options.ts';
import { searchOnIntent } from './src/integrations/search-on-intent.ts';
import { questionSearch } from './src/integrations/question-search.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { joinBase } from './src/lib/url.ts';
import { islandChunks } from './src/integrations/island-chunks.ts';
import { sharedScripts } from './src/integrations/shared-scripts.ts';
import { scriptsAfterPaint } from './src/integrations/scripts-after-paint.ts';
import { pageScriptBundles } from './src/integrations/page-script-bundles.ts';
import { sharedStyles } from './src/integrations/shared-styles.ts';

// GitHub Pages serves the site from https://<owner>.github.io/<repo>/: the deploy workflow passes
// both parts in; locally the site is served at the root, with no site URL (so nothing the build
// writes, such as the CSV's links, points at a local host).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
// "Report an error" links open an issue on the repository named by PUBLIC_REPOSITORY_URL (read by
// the components through import.meta.env; the deploy workflow passes its own); without it the site
// shows no such link.
// Separate output and cache folders let several builds run side by side (e.g. while testing).
const outDir = process.env.OUT_DIR || './dist';
// Pagefind adds ?ts=<now> to its entry file unless given a tag, which defeats the browser's HTTP
// cache; one tag per build still picks up a new deploy.
const searchCacheTag = String(Date.now());

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  vite: {
    plugins: [
      pagefindUiOptions({
        // Answer 100 ms after the last keystroke instead of Pagefind's 300 ms: quick, yet calm
        // enough not to redraw on every letter (measured by npm run bench).
        debounceTimeoutMs: 100,
        metaCacheTag: searchCacheTag,
      }),
      searchOnIntent(),
    ],
  },
  integrations: [
    questionSearch(), // before Starlight, whose build hook runs Pagefind on its output
    starlight({
      title: 'SageMaker for AIF-C01',
      description:
        'A free study companion for the Amazon SageMaker AI material of the AWS Certified AI Practitioner (AIF-C01) exam.',
      sidebar,
      // Adds the sections components render (Check yourself, the cheat sheet's, the glossary's) to
      // "On this page".
      routeMiddleware: './src/route-middleware.ts',
      lastUpdated: false,
      pagefind: {
        // Term frequency counts more than Starlight's 0.1: a page that is about a word ranks above
        // a long page that names it among many (the cheat sheet, the glossary); measured on the
        // whole query table of e2e/search-queries.ts (first hit 177 to 181 of 198 rows).
        ranking: { termFrequency: 0.7 },
      },
      pagination: true,
      components: {
        Footer: './src/components/starlight/Footer.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Search: './src/components/starlight/Search.astro',
      },
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      // Makes the site installable; the manifest's own links are relative to it.
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: joinBase(base, 'manifest.webmanifest') } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1f6feb' } },
      ],
    }),
    preact(),
    islandChunks(),
    // After Starlight, whose build hook writes the Pagefind index this one lists.
    // These run after Starlight's Pagefind step, in this order: repeated inline styles join the
    // shared stylesheet and repeated inline scripts move to cached files, a page's script files
    // become one, which then loads after the first paint, the policy hashes the inline scripts
    // left in the final pages, then the service worker lists every file as it will be served.
    sharedStyles(joinBase(base)),
    sharedScripts(joinBase(base)),
    pageScriptBundles(joinBase(base)),
    scriptsAfterPaint(),
    contentSecurityPolicy(),
    serviceWorker(joinBase(base)),
  ],
});
