import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

/** Inline `<script>` elements (attributes, body); script bodies cannot contain `</script>`. */
const scriptElement = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
/** Script types a browser runs, so CSP applies to them; JSON data blocks are left alone. */
const runnable = /^\s*(?:|module|text\/javascript|application\/javascript)\s*$/i;
const charsetMeta = /<meta charset="[^"]*"\s*\/?>/i;

/** The CSP source of an inline script, as the browser computes it from the exact bytes. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Hash sources of every inline script a browser would run in the page, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body] of html.matchAll(scriptElement)) {
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (runnable.test(type)) hashes.add(scriptHash(body));
  }
  return [...hashes];
}

/**
 * The page's policy. Scripts: the site's own files and these exact inline scripts, nothing else;
 * WebAssembly compilation because Pagefind's search engine is WebAssembly. Styles allow inline
 * ones: Starlight and Pagefind's UI set `style` attributes, which a hash cannot cover without
 * 'unsafe-hashes', and styles cannot run code. Images allow `data:` for Starlight's CSS icons.
 */
export function policyFor(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy in a `<meta>` right after the charset, before any script can run. */
export function withPolicy(html: string): string {
  const charset = charsetMeta.exec(html);
  if (!charset) throw new Error('content-security-policy: page has no <meta charset> to follow');
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html))}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Puts a strict Content Security Policy into every built page. GitHub Pages cannot send headers,
 * so the policy travels in a `<meta http-equiv>`, with a hash for each inline script of that page.
 * Runs after the pages are final and before the service worker lists them.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = htmlFiles(fileURLToPath(dir));
        for (const file of pages) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`Added a Content Security Policy to ${pages.length} pages`);
      },
    },
  };
}
