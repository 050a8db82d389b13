/**
 * Helpers for the pipeline builder's e2e tests: open the island, read the pipeline it shows, and
 * drag with a mouse or a finger from anywhere to anywhere, scrolling the page as a reader would
 * (by holding the dragged item near the edge of the screen).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { expectPointerTypes, recordPointerTypes, type DragInput, type Point } from './drag';
import type { PipelineDefinition } from '../src/lib/pipeline/model';

export const builderPath = 'pipeline-builder/';

/** Opens the builder page and waits until the island has hydrated. */
export async function openBuilder(page: Page, path = builderPath) {
  await page.goto(path);
  const island = page.locator('.pipeline-builder');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
  return island;
}

/** The pipeline as the page shows it: each step's type and name, branches nested. */
export interface ShownStep {
  type: string;
  name: string;
  if?: ShownStep[];
  else?: ShownStep[];
}

export function readPipeline(island: Locator): Promise<ShownStep[]> {
  return island.locator('ol[data-container="main"]').evaluate((main) => {
    const read = (list: Element): ShownStep[] =>
      [...list.children]
        .filter(
          (child): child is HTMLElement =>
            child instanceof HTMLElement && child.dataset.stepKey !== undefined,
        )
        .map((item) => {
          const step: ShownStep = { type: item.dataset.stepType ?? '', name: item.dataset.stepName ?? '' };
          const key = item.dataset.stepKey;
          const ifList = item.querySelector(`ol[data-container="if:${key}"]`);
          const elseList = item.querySelector(`ol[data-container="else:${key}"]`);
          if (ifList) step.if = read(ifList);
          if (elseList) step.else = read(elseList);
          return step;
        });
    return read(main);
  });
}

/** Only the types, nested like the pipeline: a compact shape to compare. */
export function shape(steps: ShownStep[]): unknown[] {
  return steps.map((step) =>
    step.if || step.else
      ? { [step.type]: { if: shape(step.if ?? []), else: shape(step.else ?? []) } }
      : step.type,
  );
}

/** The definition JSON shown next to the builder, parsed. */
export async function shownDefinition(island: Locator) {
  const tab = island.getByRole('tab', { name: 'Definition JSON' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return JSON.parse(await island.locator('#pb-export-code').innerText()) as PipelineDefinition;
}

/** The step card of the step named `name`. */
export const card = (island: Locator, name: string) => island.locator(`li[data-step-name="${name}"]`);

/** A palette entry's grip, opening its group first when it is folded away. */
export async function paletteGrip(island: Locator, type: string) {
  const selector = `.pb-palette-item[data-step-type="${type}"]`;
  const item = island.locator(selector);
  // `has` matches inside each group, so it takes a locator that starts from the page.
  const group = island.locator('details.pb-palette-group', { has: island.page().locator(selector) });
  if (
    (await group.count()) > 0 &&
    !(await group.evaluate((details) => (details as HTMLDetailsElement).open))
  ) {
    await group.locator('summary').click();
  }
  return item.locator('[data-role="palette-grip"]');
}

/**
 * Drags from the middle of `from` to `where` on `target` ('top' or 'bottom' quarter, or the
 * middle), with a mouse or one finger. When the target is off screen, the pointer waits at the
 * screen's edge while the builder scrolls the page, then heads for the target's new place.
 * It lets go only once the builder highlights the list it is over (the target's own list unless
 * `dropList` says otherwise): every wait is for the page's state, never for time.
 */
export async function dragTo(
  page: Page,
  input: DragInput,
  from: Locator,
  target: Locator,
  where: 'top' | 'middle' | 'bottom' = 'middle',
  dropList: Locator = target.locator('xpath=ancestor-or-self::ol[@data-container][1]'),
  /** Runs while the pointer still holds the step over the target, before it lets go. */
  beforeDrop?: () => Promise<void>,
) {
  // Start in the middle of the screen, away from the edges where the builder scrolls.
  await from.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const start = centre(await box(from));
  const pointer = input === 'mouse' ? mousePointer(page) : await touchPointer(page);
  await pointer.down(start);
  // A first small move starts the drag.
  let at = await pointer.moveTo(start, { x: start.x + 12, y: start.y + 12 }, 4);
  await expect(page.locator('.pipeline-builder')).toHaveAttribute('data-dragging', 'true');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const margin = 80;
  for (let attempt = 0; attempt < 100; attempt++) {
    const goal = pointIn(await box(target), where);
    const comfortable = goal.y >= margin && goal.y <= viewport.height - margin;
    const scrollY = await page.evaluate(() => window.scrollY);
    if (comfortable || (attempt > 0 && (await atScrollEnd(page)))) {
      at = await pointer.moveTo(at, goal, 12);
      // The page may still have scrolled a little on the way: follow the target until it stays put.
      for (let settle = 0; settle < 4; settle++) {
        await nextFrame(page);
        const again = pointIn(await box(target), where);
        if (Math.hypot(again.x - at.x, again.y - at.y) < 2) break;
        at = await pointer.moveTo(at, again, 3);
      }
      break;
    }
    // Hold near the edge until the builder has scrolled towards the target (or cannot scroll on).
    const edge = { x: goal.x, y: goal.y < margin ? 8 : viewport.height - 8 };
    at = await pointer.moveTo(at, edge, 4);
    await page.waitForFunction((before) => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      return window.scrollY !== before || window.scrollY <= 0 || window.scrollY >= max - 1;
    }, scrollY);
  }
  // Let the builder read the final position, and let go once it shows the list under the pointer.
  at = await pointer.moveTo(at, { x: at.x + 1, y: at.y }, 1);
  await expect(dropList).toHaveClass(/\bis-drop-target\b/);
  await beforeDrop?.();
  await pointer.up(at);
  await pointer.done();
  await expect(page.locator('.pipeline-builder')).toHaveAttribute('data-dragging', 'false');
}

/** Whether the page cannot scroll further (top or bottom). */
function atScrollEnd(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    return window.scrollY <= 0 || window.scrollY >= max - 1;
  });
}

/** Resolves after the browser has drawn the next frame (layout and scroll have settled). */
function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box (is it visible?)`);
  return found;
}

function centre(rect: { x: number; y: number; width: number; height: number }): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

function pointIn(
  rect: { x: number; y: number; width: number; height: number },
  where: 'top' | 'middle' | 'bottom',
) {
  const fraction = { top: 0.2, middle: 0.5, bottom: 0.85 }[where];
  return { x: rect.x + Math.min(rect.width / 2, 60), y: rect.y + rect.height * fraction };
}

interface Pointer {
  down(at: Point): Promise<void>;
  /** Moves in `steps` even steps; returns where it ended. */
  moveTo(from: Point, to: Point, steps: number): Promise<Point>;
  up(at: Point): Promise<void>;
  done(): Promise<void>;
}

function mousePointer(page: Page): Pointer {
  return {
    down: async (at) => {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
    },
    moveTo: async (_from, to, steps) => {
      await page.mouse.move(to.x, to.y, { steps });
      return to;
    },
    up: () => page.mouse.up(),
    done: async () => undefined,
  };
}

/** One finger through Chromium's DevTools protocol, checked to arrive as touch pointers. */
async function touchPointer(page: Page): Promise<Pointer> {
  await recordPointerTypes(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) => {
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  };
  return {
    down: (at) => touch('touchStart', [at]),
    moveTo: async (from, to, steps) => {
      for (let step = 1; step <= steps; step++) {
        await touch('touchMove', [
          { x: from.x + ((to.x - from.x) * step) / steps, y: from.y + ((to.y - from.y) * step) / steps },
        ]);
      }
      return to;
    },
    up: () => touch('touchEnd', []),
    done: async () => {
      await cdp.detach();
      await expectPointerTypes(page, 'touch');
    },
  };
}
