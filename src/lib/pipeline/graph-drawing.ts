/**
 * Where the builder's dependency graph draws its boxes and arrows. Pure geometry, in SVG units:
 * the island measures the space it has and renders what this returns.
 */
export const box = { width: 176, height: 50, gapX: 24, gapY: 40 } as const;

/** Room on the right for arrows that go round boxes (back edges and links that skip rows). */
export const sideRoom = 56;
const padding = 4;

/** The smallest font the graph uses (SVG units) and the smallest size a reader must get (px). */
const smallestFont = 13;
const smallestReadable = 12;

/** The drawing's width in SVG units for a number of columns, padding and side room included. */
export function drawingWidth(columns: number): number {
  const inner = Math.max(1, columns) * (box.width + box.gapX) - box.gapX;
  return inner + 2 * padding + sideRoom;
}

/**
 * The most columns (up to `most`) whose drawing, shrunk to `available` pixels, keeps every text at
 * 12 px or more; one column (a tall graph) when even two would be too small.
 */
export function columnsThatFit(available: number, most = 3): number {
  for (let columns = most; columns > 1; columns--) {
    const scale = Math.min(1, available / drawingWidth(columns));
    if (smallestFont * scale >= smallestReadable) return columns;
  }
  return 1;
}

export interface Point {
  x: number;
  y: number;
}

/** What an arrow that goes round has to clear: boxes to the right in the rows it passes. */
export interface Surroundings {
  /** The right edge of the widest box in the rows from the source's to the target's. */
  right: number;
  /** Whether another box sits to the right of the source (of the target) in its row. */
  fromBlocked: boolean;
  toBlocked: boolean;
}

/** A polyline through `points` with corners rounded by `radius`, as SVG path data. */
function rounded(points: Point[], radius = 8): string {
  let d = `M${points[0].x} ${points[0].y}`;
  for (let index = 1; index < points.length - 1; index++) {
    const [previous, corner, next] = [points[index - 1], points[index], points[index + 1]];
    const toward = (target: Point) => {
      const length = Math.hypot(target.x - corner.x, target.y - corner.y) || 1;
      const r = Math.min(radius, length / 2);
      return {
        x: corner.x + ((target.x - corner.x) / length) * r,
        y: corner.y + ((target.y - corner.y) / length) * r,
      };
    };
    const before = toward(previous);
    const after = toward(next);
    d += ` L${before.x} ${before.y} Q${corner.x} ${corner.y} ${after.x} ${after.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L${last.x} ${last.y}`;
}

/**
 * The SVG path of an arrow from the box at `from` to the box at `to` (top-left corners). Arrows to
 * the next rows curve down; back edges and links past boxes in the same column go round on the
 * right, outside every box of the rows they pass (further out the more rows they span), leaving
 * and entering through a row's gap where a box sits beside their end.
 */
export function edgePath(
  from: Point,
  to: Point,
  around: Surroundings = { right: Math.max(from.x, to.x) + box.width, fromBlocked: false, toBlocked: false },
): { d: string; side: boolean; labelAt: Point } {
  const rowStep = box.height + box.gapY;
  const skipsRows = to.y - from.y > rowStep;
  const stacked = Math.abs(to.x - from.x) < box.width;
  if (to.y <= from.y || (skipsRows && stacked)) {
    const rows = Math.max(1, Math.round(Math.abs(to.y - from.y) / rowStep));
    const rail = around.right + Math.min(sideRoom - 8, 14 + 10 * (rows - 1));
    const notch = box.width * 0.75;
    const exit: Point[] = around.fromBlocked
      ? [
          { x: from.x + notch, y: from.y + box.height },
          { x: from.x + notch, y: from.y + box.height + box.gapY / 2 },
          { x: rail, y: from.y + box.height + box.gapY / 2 },
        ]
      : [
          { x: from.x + box.width, y: from.y + box.height / 2 },
          { x: rail, y: from.y + box.height / 2 },
        ];
    const entry: Point[] = around.toBlocked
      ? [
          { x: rail, y: to.y - box.gapY / 2 },
          { x: to.x + notch, y: to.y - box.gapY / 2 },
          { x: to.x + notch, y: to.y - 2 },
        ]
      : [
          { x: rail, y: to.y + box.height / 2 },
          { x: to.x + box.width + 2, y: to.y + box.height / 2 },
        ];
    const railFrom = exit[exit.length - 1];
    const railTo = entry[0];
    return {
      d: rounded([...exit, ...entry]),
      side: true,
      labelAt: { x: rail + 4, y: (railFrom.y + railTo.y) / 2 },
    };
  }
  const x1 = from.x + box.width / 2;
  const y1 = from.y + box.height;
  const x2 = to.x + box.width / 2;
  const y2 = to.y;
  return {
    d: `M${x1} ${y1} C ${x1} ${y1 + box.gapY / 2}, ${x2} ${y2 - box.gapY / 2}, ${x2} ${y2 - 2}`,
    side: false,
    labelAt: { x: (x1 + x2) / 2 + (x2 >= x1 ? 8 : -8), y: (y1 + y2) / 2 },
  };
}
