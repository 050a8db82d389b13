import { describe, expect, it } from 'vitest';
import { markerText, topicMarkers } from './markers';
import { cardFromLeitner } from './review-card';
import type { ProgressRecord } from './storage';

const now = Date.UTC(2026, 10, 1);
const record = (id: string, box: number, lastCorrect: boolean): ProgressRecord => ({
  id,
  hash: 'h',
  card: cardFromLeitner(box, now, lastCorrect, 1, lastCorrect ? 1 : 0),
  answeredAt: now,
  lastCorrect,
  attempts: 1,
  correctAttempts: lastCorrect ? 1 : 0,
});

describe('topic markers', () => {
  it('count answered and due questions per topic, by the longest slug an id starts with', () => {
    const markers = topicMarkers(
      [
        record('model-registry-approve', 1, false),
        record('model-registry-stage', 2, true),
        record('model-x', 2, true),
        record('gone-q', 1, false),
      ],
      { model: 4, 'model-registry': 6 },
      now,
    );
    expect(markers.get('model-registry')).toEqual({ answered: 2, due: 1, total: 6 });
    expect(markers.get('model')).toEqual({ answered: 1, due: 0, total: 4 });
    expect(markers.size).toBe(2);
  });

  it('read short in the sidebar and in full for screen readers', () => {
    expect(markerText({ answered: 2, due: 1, total: 6 })).toEqual({
      short: '2/6 · 1 due',
      long: '2 of 6 questions answered, 1 due for review',
    });
    expect(markerText({ answered: 6, due: 0, total: 6 }).short).toBe('6/6');
  });
});
