/**
 * Runs `callback` once the document has been parsed: at once if it already has been, else on
 * DOMContentLoaded. Scripts load after the first paint (scripts-after-paint.ts), when that event
 * has already fired, so code written for a script in the head must not wait for it.
 */
export function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}
