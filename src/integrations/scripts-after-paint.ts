import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

/** The web app manifest's link: it only serves installing the site, yet Chrome fetches it at once. */
const manifestLink = /<link rel="manifest" href="([^"]+)"\/?>/;
/** A deferred script from a file (a module, or classic with `defer`): it runs after parsing anyway. */
export const deferredScript =
  /<script(?=[^>]*\ssrc="([^"]+)")(?=[^>]*\s(?:type="module"|defer)[\s>])[^>]*><\/script>/g;

/**
 * Loads the page's deferred scripts once the page has loaded and its first paint is on screen,
 * instead of from the head. Every script here only enhances what the HTML and CSS already show
 * (Starlight's search button, theme picker and contents, our progress badges, the island runtime),
 * yet from the head the browser fetches them alongside the stylesheet, so on a slow phone
 * connection they share its bandwidth and the first paint waits. What must run before the paint
 * stays inline (the theme, the sidebar's scroll). `import()` runs modules as their
 * `<script type="module">` did; a classic `defer` script becomes an inserted `<script>`. Readers
 * without JavaScript lose nothing.
 * The web app manifest's link joins them: it only serves installing the site as an app, which
 * without JavaScript (no service worker, so no offline reading) offers little, and Chrome fetches
 * it at once, beside the stylesheet.
 */
export function loadScriptsAfterPaint(html: string): string {
  const scripts = [...html.matchAll(deferredScript)];
  if (scripts.length === 0) return html;
  const isModule = ([element]: RegExpMatchArray) => /\stype="module"/.test(element);
  const modules = JSON.stringify(scripts.filter(isModule).map(([, src]) => src));
  const classic = JSON.stringify(scripts.filter((script) => !isModule(script)).map(([, src]) => src));
  const manifest = manifestLink.exec(html);
  const addManifest = manifest ? `;add('link',{rel:'manifest',href:${JSON.stringify(manifest[1])}})` : '';
  // Two events must pass, the load event and the first paint the browser reports (reported once
  // the frame is on screen; where paint timing is missing, the load event alone): fetching during
  // the first frame delays it.
  const loader =
    `<script>{let wait=2;` +
    `const add=(tag,props)=>document.head.append(Object.assign(document.createElement(tag),props));` +
    `const go=()=>{if(--wait)return;` +
    `for(const s of ${modules})import(s);` +
    `for(const s of ${classic})add('script',{src:s})` +
    `${addManifest}};` +
    `addEventListener('load',go);const Observer=self.PerformanceObserver;` +
    `Observer?.supportedEntryTypes?.includes('paint')` +
    `?new Observer((_,observer)=>{observer.disconnect();go()}).observe({type:'paint',buffered:true})` +
    `:go()}</script>`;
  let page = manifest ? html.replace(manifest[0], '') : html;
  for (const [element] of scripts) page = page.replace(element, '');
  if (!page.includes('</head>')) throw new Error('scripts-after-paint: a page has no </head>');
  return page.replace('</head>', `${loader}</head>`);
}

/** Runs `loadScriptsAfterPaint` on every built page; must run before the CSP hashes inline scripts. */
export function scriptsAfterPaint(): AstroIntegration {
  return {
    name: 'scripts-after-paint',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of htmlFiles(fileURLToPath(dir))) {
          writeFileSync(path, loadScriptsAfterPaint(readFileSync(path, 'utf8')));
        }
      },
    },
  };
}
