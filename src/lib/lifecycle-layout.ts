import type { Stage, StageId, Topic } from '../data/topics';

/** A box on the lifecycle map: a stage heading or a link to a topic. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Topic slug for links; absent for stage headings. */
  slug?: string;
}

export interface MapLayout {
  width: number;
  height: number;
  headings: MapBox[];
  links: MapBox[];
  /** Arrows from one stage to the next, as [x1, y1, x2, y2]. */
  arrows: [number, number, number, number][];
}

/** Stages that follow one another on the map; "start" and "automate" span them all, "revise" is off the map. */
const flow: StageId[] = ['prepare', 'build', 'deploy', 'govern'];
const gap = 16;
const heading = 40;
const pill = 38;

function byStage(topics: readonly Topic[], stage: StageId): Topic[] {
  return topics.filter((topic) => topic.stage === stage);
}

function stageLabel(stages: readonly Stage[], id: StageId): string {
  const stage = stages.find((candidate) => candidate.id === id);
  if (!stage) throw new Error(`Unknown stage "${id}"`);
  return stage.label;
}

/**
 * Places a band of boxes: a heading, then the stage's topics in rows of `perRow`, inside a
 * rectangle starting at (x, y) with the given width. Returns the band's height.
 */
function placeBand(
  layout: MapLayout,
  label: string,
  topics: Topic[],
  x: number,
  y: number,
  width: number,
  perRow: number,
): number {
  layout.headings.push({ x, y, width, height: heading, label });
  const pillWidth = (width - gap * (perRow - 1)) / perRow;
  topics.forEach((topic, index) => {
    const row = Math.floor(index / perRow);
    const column = index % perRow;
    // A topic alone on the last row takes the whole row, so long labels fit on phones.
    const alone = index === topics.length - 1 && column === 0;
    layout.links.push({
      x: x + column * (pillWidth + gap),
      y: y + heading + gap / 2 + row * (pill + gap / 2),
      width: alone ? width : pillWidth,
      height: pill,
      label: topic.label,
      slug: topic.slug,
    });
  });
  const rows = Math.ceil(topics.length / perRow);
  return heading + gap / 2 + rows * (pill + gap / 2);
}

/** Wide map (desktop): the four flowing stages side by side, "start" above and "automate" below. */
export function wideLayout(stages: readonly Stage[], topics: readonly Topic[], width = 1000): MapLayout {
  const layout: MapLayout = { width, height: 0, headings: [], links: [], arrows: [] };
  let y = placeBand(layout, stageLabel(stages, 'start'), byStage(topics, 'start'), 0, 0, width, 2) + gap * 2;
  const columnWidth = (width - gap * 2 * (flow.length - 1)) / flow.length;
  const heights = flow.map((stage, index) =>
    placeBand(
      layout,
      stageLabel(stages, stage),
      byStage(topics, stage),
      index * (columnWidth + gap * 2),
      y,
      columnWidth,
      1,
    ),
  );
  flow.slice(1).forEach((_, index) => {
    const x = (index + 1) * (columnWidth + gap * 2);
    layout.arrows.push([x - gap * 2 + 2, y + heading / 2, x - 4, y + heading / 2]);
  });
  y += Math.max(...heights) + gap * 2;
  y += placeBand(layout, stageLabel(stages, 'automate'), byStage(topics, 'automate'), 0, y, width, 1);
  layout.height = y;
  return layout;
}

/**
 * Tall map (phones): every stage stacked, top to bottom, one topic a row. Its width is about what a
 * 320 px screen gives it, so its text renders at the size the stylesheet sets (never below 12 px).
 */
export function tallLayout(stages: readonly Stage[], topics: readonly Topic[], width = 288): MapLayout {
  const layout: MapLayout = { width, height: 0, headings: [], links: [], arrows: [] };
  let y = 0;
  (['start', ...flow, 'automate'] as StageId[]).forEach((stage, index) => {
    if (index > 0) {
      layout.arrows.push([width / 2, y - gap * 2 + 2, width / 2, y - 4]);
    }
    y += placeBand(layout, stageLabel(stages, stage), byStage(topics, stage), 0, y, width, 1) + gap * 2;
  });
  layout.height = y - gap * 2;
  return layout;
}
