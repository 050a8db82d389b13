import { describe, expect, it } from 'vitest';
import { box, columnsThatFit, drawingWidth, edgePath } from './graph-drawing';

const row = (layer: number, column = 0) => ({
  x: column * (box.width + box.gapX),
  y: layer * (box.height + box.gapY),
});

describe('columnsThatFit', () => {
  it('uses three columns where the drawing fits at full size', () => {
    expect(columnsThatFit(drawingWidth(3))).toBe(3);
    expect(columnsThatFit(2000)).toBe(3);
  });

  it('falls back to fewer columns rather than shrink text below 12 px', () => {
    // Three columns shrunk to 520 px: 13 × 520 / 644 ≈ 10.5 px.
    expect(columnsThatFit(520)).toBe(2);
    // A 320 px phone leaves about 288 px: only one column keeps the text readable.
    expect(columnsThatFit(288)).toBe(1);
    expect(columnsThatFit(0)).toBe(1);
  });

  it('never exceeds the columns asked for', () => {
    expect(columnsThatFit(5000, 2)).toBe(2);
  });

  it('keeps one column readable on the narrowest phone', () => {
    expect(drawingWidth(1)).toBeLessThanOrEqual(288);
  });
});

/** Every x coordinate of a path's points. */
const xs = (d: string) => [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((match) => Number(match[1]));

describe('edgePath', () => {
  it('draws a link to the next row straight down, from bottom to top', () => {
    const path = edgePath(row(0), row(1));
    expect(path.side).toBe(false);
    expect(path.d.startsWith(`M${box.width / 2} ${box.height}`)).toBe(true);
  });

  it('goes round on the right when a link skips rows in the same column', () => {
    const path = edgePath(row(0), row(3));
    expect(path.side).toBe(true);
    expect(path.labelAt.x).toBeGreaterThan(box.width);
  });

  it('goes further out the more rows a link spans, within the side room', () => {
    const short = edgePath(row(0), row(2));
    const long = edgePath(row(0), row(6));
    expect(long.labelAt.x).toBeGreaterThan(short.labelAt.x);
    expect(xs(long.d).every((x) => x <= box.width + 56)).toBe(true);
  });

  it('passes outside every box of the rows it crosses', () => {
    const right = 2 * box.width + box.gapX;
    const path = edgePath(row(0), row(3), { right, fromBlocked: false, toBlocked: false });
    expect(Math.max(...xs(path.d))).toBeGreaterThan(right);
  });

  it('enters a target with a box beside it through the gap above it, not across its neighbour', () => {
    const target = row(3);
    const path = edgePath(row(0), target, {
      right: 2 * box.width + box.gapX,
      fromBlocked: false,
      toBlocked: true,
    });
    const end = path.d.split(' L').at(-1)?.split(' ').map(Number) ?? [];
    expect(end[0]).toBeGreaterThan(target.x);
    expect(end[0]).toBeLessThan(target.x + box.width);
    expect(end[1]).toBeLessThan(target.y);
  });

  it('leaves a source with a box beside it through the gap below it', () => {
    const source = row(0);
    const path = edgePath(source, row(3), {
      right: 2 * box.width + box.gapX,
      fromBlocked: true,
      toBlocked: false,
    });
    const start = path.d.slice(1).split(' ').slice(0, 2).map(Number);
    expect(start[0]).toBeLessThan(source.x + box.width);
    expect(start[1]).toBe(source.y + box.height);
  });

  it('sends back edges round the side too', () => {
    expect(edgePath(row(2), row(0)).side).toBe(true);
  });

  it('draws a diagonal for a link to a box in another column of the next rows', () => {
    expect(edgePath(row(0, 0), row(2, 2)).side).toBe(false);
  });
});
