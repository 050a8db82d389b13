/**
 * Reusable e2e helpers for reorderable lists (practice orderings, pipeline builders): pointer
 * drags with a mouse or a finger, keyboard moves, an order assertion, and a solver that puts a list
 * in order with any of those inputs.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type DragInput = 'mouse' | 'touch';

/** What a drag moves: the `item`, grabbed by its `handle`, into the place of `target`. */
export interface DragMove {
  item: Locator;
  handle: Locator;
  target: Locator;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box (is it visible?)`);
  return found;
}

/**
 * Drags `item` by its handle so that its middle ends just past the middle of `target`, in the
 * direction of travel: the item then takes the target's place. Both must fit in the viewport
 * together (the page is scrolled to centre them). A touch drag also checks that the page saw
 * Pointer Events of pointerType "touch".
 */
export async function dragOnto(page: Page, input: DragInput, { item, handle, target }: DragMove) {
  const [itemTop, targetTop] = [(await box(item)).y, (await box(target)).y];
  await page.evaluate(
    (middle) => window.scrollBy(0, middle - window.innerHeight / 2),
    (itemTop + targetTop) / 2,
  );
  const [from, to, grip] = [await box(item), await box(target), await box(handle)];
  const travel = to.y + to.height / 2 - (from.y + from.height / 2);
  const overshoot = (Math.sign(travel) * Math.min(from.height, to.height)) / 4;
  const start = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
  const end = { x: start.x, y: start.y + travel + overshoot };
  if (input === 'mouse') {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 20 });
    await page.mouse.up();
  } else {
    await touchDrag(page, start, end);
  }
}

/** Starts noting the pointerType of every pointer event the page sees. */
export async function recordPointerTypes(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { pointerTypes: string[] }).pointerTypes = seen;
    for (const type of ['pointerdown', 'pointermove', 'pointerup']) {
      document.addEventListener(type, (event) => seen.push((event as PointerEvent).pointerType), {
        capture: true,
      });
    }
  });
}

/** The pointer events noted since `recordPointerTypes` were all of `type`, and at least `atLeast` of them. */
export async function expectPointerTypes(page: Page, type: string, atLeast = 1) {
  const types = await page.evaluate(() => (window as unknown as { pointerTypes: string[] }).pointerTypes);
  expect(types.length, 'pointer events fired during the drag').toBeGreaterThanOrEqual(atLeast);
  expect(new Set(types), 'pointerType of the drag').toEqual(new Set([type]));
}

/** A one-finger drag through Chromium's DevTools protocol, checked to arrive as touch pointers. */
export async function touchDrag(page: Page, start: Point, end: Point, steps = 20) {
  await recordPointerTypes(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [start]);
  for (let step = 1; step <= steps; step++) {
    const along = (from: number, to: number) => from + ((to - from) * step) / steps;
    await touch('touchMove', [{ x: along(start.x, end.x), y: along(start.y, end.y) }]);
  }
  await touch('touchEnd', []);
  await cdp.detach();
  await expectPointerTypes(page, 'touch', steps + 1);
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Keyboard alone: with `handle` focused, Space picks the item up, the arrow keys move it `steps`
 * places (negative: up), Space drops it. Focus must stay on the moved item's handle throughout.
 */
export async function keyboardMove(handle: Locator, steps: number) {
  const keyboard = handle.page().keyboard;
  await expect(handle).toBeFocused();
  await keyboard.press('Space');
  for (let step = 0; step < Math.abs(steps); step++) {
    await keyboard.press(steps < 0 ? 'ArrowUp' : 'ArrowDown');
  }
  await keyboard.press('Space');
  await expect(handle).toBeFocused();
}

/** The items' ids (an attribute of each item), in page order. */
export function readOrder(items: Locator, attribute = 'data-id'): Promise<string[]> {
  return items.evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name) ?? ''), attribute);
}

/** Waits until the items are in `expected` order. */
export async function expectOrder(items: Locator, expected: readonly string[], attribute = 'data-id') {
  await expect.poll(() => readOrder(items, attribute)).toEqual(expected);
}

/**
 * Puts the list into `expected` order one item at a time (a selection sort, so every move goes
 * upward into an earlier place), with `move(from, to, id)` moving item `id` by whatever input.
 */
export async function sortInto(
  items: Locator,
  expected: readonly string[],
  move: (from: number, to: number, id: string) => Promise<void>,
  attribute = 'data-id',
) {
  for (let to = 0; to < expected.length; to++) {
    const from = (await readOrder(items, attribute)).indexOf(expected[to]);
    if (from === to) continue;
    await move(from, to, expected[to]);
    await expect.poll(async () => (await readOrder(items, attribute))[to]).toBe(expected[to]);
  }
  await expectOrder(items, expected, attribute);
}

/** What a list's live region said, message by message, and how often focus left a control in the list. */
export interface MoveLog {
  said: string[];
  focusLost: number;
}

/**
 * Starts noting each message of the live region `region` and each time focus leaves a control
 * inside `list` (a control moved by taking it out of the page loses focus, and a screen reader
 * then re-reads it over the message). Returns a function that reads the notes so far.
 */
export async function watchMoves(list: Locator, region: Locator): Promise<() => Promise<MoveLog>> {
  await list.evaluate(
    (node, live) => {
      const log: MoveLog = { said: [], focusLost: 0 };
      (window as unknown as { moveLog: MoveLog }).moveLog = log;
      new MutationObserver(() => log.said.push(live?.textContent?.trim() ?? '')).observe(live as Node, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      node.addEventListener('focusout', () => log.focusLost++);
    },
    await region.elementHandle(),
  );
  return () => list.page().evaluate(() => (window as unknown as { moveLog: MoveLog }).moveLog);
}
