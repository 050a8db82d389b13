/**
 * Where a dragged step would land: pure geometry, so the island only measures the page and asks.
 * Containers are named in the DOM as 'main', 'if:<condition key>' or 'else:<condition key>'.
 */
import type { Container, Slot } from './model';

/** The DOM name of a container (a `data-container` attribute value). */
export function containerId(container: Container): string {
  return container.kind === 'main' ? 'main' : `${container.branch}:${container.condition}`;
}

export function parseContainerId(id: string): Container | undefined {
  if (id === 'main') return { kind: 'main' };
  const match = /^(if|else):(.+)$/.exec(id);
  return match ? { kind: 'branch', branch: match[1] as 'if' | 'else', condition: match[2] } : undefined;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A container as measured on the page, with its steps' boxes in order (the dragged one left out). */
export interface MeasuredContainer {
  id: string;
  box: Box;
  items: Box[];
}

/**
 * The slot under the point (x, y): the innermost container that holds the point (branches sit
 * inside the main list), and the index among its items of the first item whose middle is below
 * the point. `accepts` filters containers (a Condition step may not land in a branch). A point
 * outside every accepted container lands nowhere.
 */
export function slotAtPoint(
  containers: readonly MeasuredContainer[],
  x: number,
  y: number,
  accepts: (container: Container) => boolean = () => true,
): Slot | undefined {
  const inside = (box: Box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const candidates = containers
    .map((measured) => ({ measured, container: parseContainerId(measured.id) }))
    .filter(
      (entry): entry is { measured: MeasuredContainer; container: Container } =>
        entry.container !== undefined && inside(entry.measured.box) && accepts(entry.container),
    )
    // The smallest box is the innermost container.
    .sort((a, b) => area(a.measured.box) - area(b.measured.box));
  const hit = candidates[0];
  if (!hit) return undefined;
  const index = hit.measured.items.filter((item) => (item.top + item.bottom) / 2 < y).length;
  return { container: hit.container, index };
}

function area(box: Box): number {
  return (box.right - box.left) * (box.bottom - box.top);
}

/** Pixels per animation frame to scroll while a drag hovers `edge` px from the viewport's top or bottom. */
export function autoScrollSpeed(y: number, viewportHeight: number, edge = 56, maxSpeed = 18): number {
  if (y < edge) return -Math.ceil(((edge - Math.max(y, 0)) / edge) * maxSpeed);
  const fromBottom = viewportHeight - y;
  if (fromBottom < edge) return Math.ceil(((edge - Math.max(fromBottom, 0)) / edge) * maxSpeed);
  return 0;
}
