import { isDue } from './review-card';
import type { ProgressRecord } from './storage';

export interface TopicMarker {
  answered: number;
  due: number;
  total: number;
}

/**
 * Per topic, how many of its questions the reader answered and how many are due, from the stored
 * records alone (a record's id starts with its topic's slug; the longest matching slug wins, so
 * `model-registry-…` is not counted under a `model` topic). Cheap enough to run on every page; it
 * cannot see reworded questions, which the check-yourself island and the practice page count as new.
 */
export function topicMarkers(
  records: Iterable<ProgressRecord>,
  totals: Readonly<Record<string, number>>,
  now: number,
): Map<string, TopicMarker> {
  const slugs = Object.keys(totals).sort((a, b) => b.length - a.length);
  const markers = new Map<string, TopicMarker>();
  for (const record of records) {
    const slug = slugs.find((candidate) => record.id.startsWith(`${candidate}-`));
    if (!slug) continue;
    const marker = markers.get(slug) ?? { answered: 0, due: 0, total: totals[slug] };
    if (marker.answered < marker.total) marker.answered++;
    if (isDue(record.card, now)) marker.due++;
    markers.set(slug, marker);
  }
  return markers;
}

/** "3/8" with, for screen readers and tooltips, "3 of 8 questions answered, 1 due for review". */
export function markerText({ answered, due, total }: TopicMarker): { short: string; long: string } {
  return {
    short: due > 0 ? `${answered}/${total} · ${due} due` : `${answered}/${total}`,
    long: `${answered} of ${total} questions answered${due > 0 ? `, ${due} due for review` : ''}`,
  };
}
