/**
 * Runs `load` once, as soon as the reader shows they may search: the pointer over the search
 * button, focus on it, a press or tap, or the Ctrl/Cmd+K shortcut. Pointing or tabbing comes a
 * moment before the press, which is usually enough to fetch Pagefind's UI before the dialog opens.
 *
 * Starlight focuses the search input when its dialog opens; if the dialog opened before the UI
 * existed, the input is focused once it has been drawn.
 */
export function whenSearchWanted(load: () => unknown): void {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  const intents = ['pointerenter', 'focus', 'pointerdown', 'click'] as const;
  let loading = false;

  const start = async () => {
    if (loading) return;
    loading = true;
    for (const type of intents) button?.removeEventListener(type, start);
    window.removeEventListener('keydown', onShortcut);
    // The dialog's own additions load beside Pagefind's UI, before any search can report.
    await Promise.all([
      load(),
      import('./search-dialog').then(({ enhanceSearchDialog }) => enhanceSearchDialog()),
    ]);
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    if (dialog?.open) dialog.querySelector('input')?.focus();
  };
  const onShortcut = (event: KeyboardEvent) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') void start();
  };

  for (const type of intents) button?.addEventListener(type, start);
  window.addEventListener('keydown', onShortcut);
}
