import { describe, expect, it } from 'vitest';
import {
  autoScrollSpeed,
  containerId,
  parseContainerId,
  slotAtPoint,
  type MeasuredContainer,
} from './drop-target';

const box = (top: number, bottom: number, left = 0, right = 400) => ({ top, bottom, left, right });

// A main list of three steps; the second is a Condition whose if branch (one step) and empty else
// branch sit inside it.
const page: MeasuredContainer[] = [
  { id: 'main', box: box(0, 600), items: [box(0, 100), box(110, 400), box(410, 510)] },
  { id: 'if:c1', box: box(160, 260, 20, 200), items: [box(170, 230, 20, 200)] },
  { id: 'else:c1', box: box(160, 260, 210, 390), items: [] },
];

describe('container ids', () => {
  it('round-trip main and branch containers', () => {
    for (const container of [
      { kind: 'main' } as const,
      { kind: 'branch', branch: 'if', condition: 'k7' } as const,
      { kind: 'branch', branch: 'else', condition: 'a:b' } as const,
    ]) {
      expect(parseContainerId(containerId(container))).toEqual(container);
    }
  });
  it('reject anything else', () => {
    expect(parseContainerId('side')).toBeUndefined();
    expect(parseContainerId('if:')).toBeUndefined();
  });
});

describe('slotAtPoint', () => {
  it('counts the items whose middle is above the point', () => {
    expect(slotAtPoint(page, 50, 20)).toEqual({ container: { kind: 'main' }, index: 0 });
    expect(slotAtPoint(page, 50, 80)).toEqual({ container: { kind: 'main' }, index: 1 });
    expect(slotAtPoint(page, 50, 590)).toEqual({ container: { kind: 'main' }, index: 3 });
  });

  it('prefers the innermost container: a branch inside the main list', () => {
    expect(slotAtPoint(page, 100, 180)).toEqual({
      container: { kind: 'branch', branch: 'if', condition: 'c1' },
      index: 0,
    });
    expect(slotAtPoint(page, 100, 250)).toEqual({
      container: { kind: 'branch', branch: 'if', condition: 'c1' },
      index: 1,
    });
    expect(slotAtPoint(page, 300, 200)).toEqual({
      container: { kind: 'branch', branch: 'else', condition: 'c1' },
      index: 0,
    });
  });

  it('falls back to the main list when branches are not accepted (a Condition is dragged)', () => {
    const slot = slotAtPoint(page, 100, 180, (container) => container.kind === 'main');
    expect(slot).toEqual({ container: { kind: 'main' }, index: 1 });
  });

  it('lands nowhere outside every container', () => {
    expect(slotAtPoint(page, 500, 100)).toBeUndefined();
    expect(slotAtPoint(page, 50, 700)).toBeUndefined();
  });
});

describe('autoScrollSpeed', () => {
  it('scrolls up near the top, down near the bottom, faster closer to the edge', () => {
    expect(autoScrollSpeed(400, 800)).toBe(0);
    expect(autoScrollSpeed(40, 800)).toBeLessThan(0);
    expect(autoScrollSpeed(2, 800)).toBeLessThan(autoScrollSpeed(40, 800));
    expect(autoScrollSpeed(780, 800)).toBeGreaterThan(0);
    expect(autoScrollSpeed(798, 800)).toBeGreaterThan(autoScrollSpeed(760, 800));
  });
});
