import {
  describeNote,
  describeOutcome,
  searchOutcomeEvent,
  type SearchOutcome,
} from '../../lib/search/status';

/** Quiet time after the last results before they are announced, so typing is not interrupted. */
const announceAfterMs = 600;

/**
 * What Pagefind's UI lacks in the search dialog: a polite announcement of what each search found
 * once typing pauses (into the live region Search.astro renders), a visible note when a mistyped
 * word was searched as the closest term or the results match only some of the words, and ArrowDown/ArrowUp to move between the box and the results.
 */
export function enhanceSearchDialog(): void {
  const root = document.getElementById('starlight__search');
  const status = document.getElementById('site-search-status');
  if (!root || !status) return;
  const note = document.createElement('p');
  note.className = 'site-search-relaxed-note';
  note.hidden = true;
  let announce: ReturnType<typeof setTimeout> | undefined;

  document.addEventListener(searchOutcomeEvent, (event) => {
    const outcome = (event as CustomEvent<SearchOutcome>).detail;
    // The drawer is drawn once, with the UI; the note sits above the results Pagefind redraws.
    root.querySelector('.pagefind-ui__drawer')?.prepend(note);
    note.textContent = describeNote(outcome);
    note.hidden = note.textContent === '';
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = describeOutcome(outcome)), announceAfterMs);
  });

  root.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(announce);
    note.hidden = true;
    if (event.target.value.trim() === '') status.textContent = '';
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [
      ...root.querySelectorAll<HTMLElement>('.pagefind-ui__search-input, .pagefind-ui__result-link'),
    ];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (at < 0 || next < 0 || next >= stops.length) return;
    event.preventDefault();
    stops[next].focus();
  });
}
