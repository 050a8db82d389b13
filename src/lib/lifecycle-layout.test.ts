import { describe, expect, it } from 'vitest';
import { stages, topics } from '../data/topics';
import { tallLayout, wideLayout, type MapBox, type MapLayout } from './lifecycle-layout';

const overlaps = (a: MapBox, b: MapBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const mapped = topics.filter((topic) => topic.stage !== 'revise').map((topic) => topic.slug);

describe.each([
  ['wide', wideLayout(stages, topics)],
  ['tall', tallLayout(stages, topics)],
] as [string, MapLayout][])('%s lifecycle map', (_, layout) => {
  it('links every lifecycle topic once', () => {
    expect(layout.links.map((link) => link.slug).sort()).toEqual([...mapped].sort());
  });
  it('keeps every box inside the drawing', () => {
    for (const box of [...layout.headings, ...layout.links]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.001);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 0.001);
    }
  });
  it('never draws two boxes on top of each other', () => {
    const boxes = [...layout.headings, ...layout.links];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.label} / ${b.label}`).toBe(false);
    }
  });
  it('draws an arrow between consecutive stages', () => {
    expect(layout.arrows.length).toBeGreaterThanOrEqual(3);
  });
});
