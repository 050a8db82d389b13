// Marks each topic in the sidebar (and the page's own title) with the reader's practice progress,
// read from localStorage; runs on pages with questions and on the practice page.
import { markerText, topicMarkers } from '../../lib/practice/markers';
import { browserStorage, loadProgress } from '../../lib/practice/storage';

function showMarkers() {
  const source = document.querySelector<HTMLElement>('[data-practice-totals]');
  if (!source) return;
  const totals = JSON.parse(source.dataset.practiceTotals ?? '{}') as Record<string, number>;
  const base = source.dataset.base ?? '/';
  const markers = topicMarkers(loadProgress(browserStorage()).values(), totals, Date.now());
  for (const [slug, marker] of markers) {
    const text = markerText(marker);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      `#starlight__sidebar a[href="${base}${slug}/"]`,
    )) {
      const badge = document.createElement('span');
      badge.className = 'practice-badge';
      badge.textContent = text.short;
      badge.title = text.long;
      badge.setAttribute('aria-hidden', 'true');
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = `, ${text.long}`;
      link.append(' ', badge, spoken);
    }
    if (source.dataset.topic === slug) {
      const note = document.createElement('a');
      note.className = 'practice-badge practice-title-badge';
      note.href = '#check-yourself';
      note.textContent = `Practice: ${text.long}`;
      document.querySelector('h1#_top')?.after(note);
    }
  }
}

showMarkers();
