import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

/** An inline `<style>` element (a body cannot contain `</style>`). */
const styleElement = /<style(?:\s[^>]*)?>[\s\S]*?<\/style>/g;
/** A stylesheet every medium applies (a print-only one does not block the first paint). */
const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"(?![^>]*\smedia=)[^>]*>/g;

export interface SharedStylesheet {
  /** The stylesheet's old and new URLs, as the pages link them. */
  from: string;
  to: string;
  code: string;
}

/** The URL of the stylesheet linked last before `at` in a page, if any. */
function linkBefore(html: string, at: number): string | undefined {
  return [...html.slice(0, at).matchAll(stylesheetLink)].at(-1)?.[1];
}

/**
 * Moves the `<style>` blocks that every page repeats (the CSS of components that Astro bundles
 * under its 4 KB inlining limit, such as Starlight's badges and our drag handles) to the end of the
 * stylesheet linked just before them, when every page links it there, so that they are downloaded
 * once and cached rather than sent again in every page's HTML, and the HTML fits in fewer round
 * trips. Each block keeps its place in the cascade: it follows the same stylesheet as before and
 * precedes the same ones. A changed stylesheet gets a new hashed name. `read` gives a linked
 * stylesheet's text by its URL; `keepsName` says which stylesheets a script names (Vite's preload
 * list of an island's on-demand code), which must keep their name and so are never extended.
 */
export function shareStyles(
  pages: string[],
  read: (href: string) => string,
  keepsName: (href: string) => boolean = () => false,
): { pages: string[]; stylesheets: SharedStylesheet[] } {
  const first = pages[0] ?? '';
  /** Each block every page has, with the stylesheet before it on every page, in page order. */
  const moves = new Map<string, string[]>();
  for (const { 0: style, index } of first.matchAll(styleElement)) {
    const from = linkBefore(first, index);
    const everywhere = pages.every((html) => {
      const at = html.indexOf(style);
      return at >= 0 && linkBefore(html, at) === from;
    });
    if (!from || keepsName(from) || !everywhere || moves.get(from)?.includes(style)) continue;
    moves.set(from, [...(moves.get(from) ?? []), style]);
  }

  const stylesheets = [...moves].map(([from, styles]) => {
    const code = [read(from), ...styles.map((style) => style.replace(/^<style[^>]*>|<\/style>$/g, ''))].join(
      '\n',
    );
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
    const to = posix.join(posix.dirname(from), `${posix.basename(from).split('.')[0]}.${hash}.css`);
    return { from, to, code, styles };
  });
  const rewritten = pages.map((html) => {
    let page = html;
    for (const { from, to, styles } of stylesheets) {
      page = page.split(`href="${from}"`).join(`href="${to}"`);
      for (const style of styles) page = page.replace(style, '');
    }
    return page;
  });
  return { pages: rewritten, stylesheets: stylesheets.map(({ from, to, code }) => ({ from, to, code })) };
}

/** The stylesheets (`_astro/<name>.css`) the scripts name, e.g. to preload with on-demand code. */
export function stylesheetsNamed(scripts: string[]): Set<string> {
  return new Set(
    scripts.flatMap((code) => [...code.matchAll(/_astro\/[\w.-]+\.css/g)].map(([path]) => path)),
  );
}

/** Runs `shareStyles` on the built pages (`base` is the site's base path, as the links carry it). */
export function sharedStyles(base: string): AstroIntegration {
  return {
    name: 'shared-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fileOf = (href: string) => join(root, href.slice(base.length));
        const paths = htmlFiles(root);
        const named = stylesheetsNamed(
          readdirSync(join(root, '_astro'))
            .filter((name) => name.endsWith('.js'))
            .map((name) => readFileSync(join(root, '_astro', name), 'utf8')),
        );
        const { pages, stylesheets } = shareStyles(
          paths.map((path) => readFileSync(path, 'utf8')),
          (href) => readFileSync(fileOf(href), 'utf8'),
          (href) => named.has(href.slice(base.length)),
        );
        // A script that names a stylesheet no longer there would fail as it loads (session 8's 404).
        // Scripts are not rewritten here, so the names read above are the ones to check.
        const missing = [...named].filter((path) => {
          const moved = stylesheets.some(({ from }) => from.slice(base.length) === path);
          return moved || !existsSync(join(root, path));
        });
        if (missing.length > 0) throw new Error(`shared-styles: scripts name missing ${missing.join(', ')}`);
        if (stylesheets.length === 0) return;
        paths.forEach((path, index) => writeFileSync(path, pages[index]));
        for (const { from, to, code } of stylesheets) {
          writeFileSync(fileOf(to), code);
          rmSync(fileOf(from));
        }
        logger.info(
          `Moved the styles every page repeats into ${stylesheets.map(({ to }) => to).join(' and ')}`,
        );
      },
    },
  };
}
