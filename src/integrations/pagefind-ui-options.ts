import type { Plugin } from 'vite';

/** Options of Pagefind's default UI that Starlight's config schema does not pass through. */
export interface PagefindUiOptions {
  /** Pause after the last keystroke before searching (Pagefind's default is 300 ms). */
  debounceTimeoutMs?: number;
  /** Cache key Pagefind appends to its entry file instead of the current time. */
  metaCacheTag?: string;
}

const pagefindConfigModule = '\0virtual:starlight/pagefind-config';

/**
 * Adds Pagefind UI options to the config module Starlight's search component spreads into
 * `new PagefindUI(…)`, so search can be tuned without copying Starlight's whole component.
 */
export function pagefindUiOptions(options: PagefindUiOptions): Plugin {
  return {
    name: 'pagefind-ui-options',
    enforce: 'post',
    transform(code, id) {
      if (id !== pagefindConfigModule) return null;
      return `${code}\nObject.assign(pagefindUserConfig, ${JSON.stringify(options)});`;
    },
  };
}
