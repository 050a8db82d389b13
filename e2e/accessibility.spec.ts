import type { Page } from '@playwright/test';
import { test, expect, useTheme, type Theme } from './fixtures';
import { openBuilder } from './pipeline-builder';
import { openSearch } from './search';

// What axe cannot see (issue 14): Tab stops, keys that scroll, forced colours, 320 px. A few pages
// each, not the whole site: the crawl covers every page with axe, and run-together words in its
// reading without JavaScript.

/** Where a Tab press left focus: lost to the page body, or on an element, described. */
type FocusStop =
  | { lost: true }
  | {
      lost: false;
      /** The element lies, at least in part, inside the viewport. */
      onScreen: boolean;
      visible: boolean;
      /** For a table wrapper (ScrollTable), whether its table overflows it. */
      scrollWrapper?: boolean;
      inFooter: boolean;
      label: string;
    };

/** The focused element, described in one round trip (a walk makes hundreds). */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate((): FocusStop => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { lost: true };
    const box = element.getBoundingClientRect();
    return {
      lost: false,
      onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      visible: element.checkVisibility({ visibilityProperty: true }),
      scrollWrapper: element.matches('[data-scroll-table]')
        ? element.scrollWidth > element.clientWidth
        : undefined,
      inFooter: element.closest('footer') !== null,
      label: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
    };
  });
}

/** Whether the focused element lies, at least in part, inside the viewport. */
async function focusOnScreen(page: Page): Promise<boolean> {
  const stop = await focusStop(page);
  return !stop.lost && stop.onScreen;
}

test.describe('keyboard', { tag: '@desktop' }, () => {
  test('a table wrapper is a Tab stop only where its table scrolls, and every stop is on screen', async ({
    page,
  }) => {
    // At a phone's width this page has tables that scroll and one that does not.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('built-in-algorithms/');
    const wrappers = page.locator('[data-scroll-table]');
    const overflowing = await wrappers.evaluateAll((all) =>
      all.map((wrapper) => wrapper.scrollWidth > wrapper.clientWidth),
    );
    expect(overflowing).toContain(true);
    expect(overflowing).toContain(false);
    await expect
      .poll(() => wrappers.evaluateAll((all) => all.map((wrapper) => wrapper.hasAttribute('tabindex'))))
      .toEqual(overflowing);

    const stoppedOn: boolean[] = [];
    for (let stop = 0; stop < 200; stop++) {
      await page.keyboard.press('Tab');
      const focused = await focusStop(page);
      expect(!focused.lost && focused.onScreen, `Tab stop ${stop + 1} is on screen`).toBe(true);
      if (focused.lost) break;
      if (focused.scrollWrapper !== undefined) stoppedOn.push(focused.scrollWrapper);
      if (focused.inFooter) break;
    }
    expect(stoppedOn.length).toBe(overflowing.filter(Boolean).length);
    expect(stoppedOn.every(Boolean)).toBe(true);
  });

  test('every Tab stop on the home page and each island page is visible and on screen', async ({ page }) => {
    test.setTimeout(300_000);
    for (const path of ['', 'jumpstart/', 'inference/', 'pipeline-builder/', 'practice/']) {
      await page.goto(path);
      // Islands first, so the walk meets each in its final form: what happens to focus while one
      // hydrates is tested on its own (Check yourself keeps the reader's question, the cost
      // ladder its toggle).
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await page.evaluate(() => scrollTo(0, 0));
      const problems: string[] = [];
      let stops = 0;
      for (; stops < 400; stops++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (stop.lost) {
          // Past the last stop focus leaves the document, and the next Tab starts again at the
          // skip link; anywhere else, focus was lost (e.g. an island replaced the focused element).
          await page.keyboard.press('Tab');
          const wrapped = await page.evaluate(
            () => document.activeElement?.matches('.sl-skip-link') === true,
          );
          if (!wrapped) problems.push(`/${path} stop ${stops + 1}: focus lost to the page body`);
          break;
        }
        if (!stop.onScreen || !stop.visible || stop.scrollWrapper === false) {
          problems.push(`/${path} stop ${stops + 1}: ${stop.label}`);
        }
        if (stop.inFooter) break;
      }
      expect(problems).toEqual([]);
      expect(stops, `/${path} reaches its footer`).toBeLessThan(400);
    }
  });

  test('Home and End on the ladder keep the focused rung toggle on screen', async ({ page }) => {
    await page.goto('jumpstart/');
    const toggles = page.locator('.cost-ladder ol.ladder summary');
    await toggles.first().scrollIntoViewIfNeeded();
    await expect(
      page.locator('.cost-ladder').getByRole('heading', { name: 'Practice the order' }),
    ).toBeVisible();
    const count = await toggles.count();
    await toggles.nth(1).focus();
    for (const [key, index] of [
      ['End', count - 1],
      ['End', count - 1],
      ['Home', 0],
      ['Home', 0],
    ] as const) {
      await page.keyboard.press(key);
      await expect(toggles.nth(index)).toBeFocused();
      expect(await focusOnScreen(page), `${key} keeps focus on screen`).toBe(true);
    }
  });
});

/** The WCAG contrast ratio of two computed CSS colours (`rgb(…)` or `rgba(…)`, as browsers report them). */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const channels = color
      .match(/[\d.]+/g)
      ?.slice(0, 3)
      .map(Number);
    if (!channels || !color.startsWith('rgb')) throw new Error(`Not a computed colour: ${color}`);
    const [r, g, b] = channels.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The page's own background colour. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('non-text contrast (WCAG 1.4.11)', { tag: '@desktop' }, () => {
  for (const theme of ['dark', 'light'] satisfies Theme[]) {
    test(`the home search field's edge and the "fits your case" ring keep 3:1 in the ${theme} theme`, async ({
      page,
    }) => {
      await page.goto('');
      await useTheme(page, theme);
      const field = page
        .getByRole('search', { name: 'Search for a service, acronym or number' })
        .getByRole('searchbox');
      await expect(field).toBeVisible();
      const edge = await field.evaluate((input) => getComputedStyle(input).borderTopColor);
      expect(contrast(edge, await pageBackground(page)), `border ${edge}`).toBeGreaterThanOrEqual(3);

      await page.goto('jumpstart/');
      await useTheme(page, theme);
      const island = page.locator('.cost-ladder');
      await island.scrollIntoViewIfNeeded();
      await island.getByRole('checkbox', { name: /private or fresh/ }).check();
      const ring = await island
        .locator('ol.ladder > li[data-fit="true"]')
        .evaluate((rung) => getComputedStyle(rung).boxShadow.match(/^rgba?\([^)]*\)/)?.[0] ?? '');
      expect(contrast(ring, await pageBackground(page)), `ring ${ring}`).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('structure for screen readers', { tag: '@desktop' }, () => {
  test('the home lifecycle map groups its links by stage', async ({ page }) => {
    await page.goto('');
    // A group, not an image: some screen readers skip the links inside an img.
    await expect(
      page.getByRole('group', { name: 'SageMaker AI services along the ML lifecycle' }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: 'SageMaker AI services along the ML lifecycle' })).toHaveCount(
      0,
    );
    const map = page.locator('.lifecycle-map svg:visible');
    const prepare = map.getByRole('group', { name: 'Prepare data' });
    await expect(prepare.getByRole('link')).toHaveText([
      'ML features',
      'Data Wrangler',
      'Feature Store',
      'Ground Truth',
    ]);
    expect(await map.getByRole('group').count()).toBe(6);
  });

  test("the inference chart's figure has a short name and its rankings as its description", async ({
    page,
  }) => {
    await page.goto('inference/');
    const figure = page.locator('figure.inference-chart');
    await expect(figure).toHaveAccessibleName('The chart in words:');
    // It ranks the options and leaves the figures to the comparison table above it.
    await expect(figure).toHaveAccessibleDescription(
      /^Latency, fastest first: Real-time and Serverless, then Asynchronous, then Batch transform\. .*comparison table above\.$/,
    );
    await expect(figure.locator('figcaption')).not.toContainText('MB');
  });
});

test.describe('forced colours', { tag: '@desktop' }, () => {
  /** Opens `path` in forced colours and scrolls to the hydrated island `selector`, marked by `heading`. */
  async function openIsland(page: Page, path: string, selector: string, heading: string) {
    await page.goto(path);
    await page.emulateMedia({ forcedColors: 'active' });
    const island = page.locator(selector);
    await island.scrollIntoViewIfNeeded();
    await expect(island.getByRole('heading', { name: heading })).toBeVisible();
    return island;
  }

  const backgroundOf = (element: Element, pseudo?: string) =>
    getComputedStyle(element, pseudo).backgroundColor;

  test("the cost ladder's meter keeps its lit segments, and a dragged rung its outline", async ({ page }) => {
    const island = await openIsland(page, 'jumpstart/', '.cost-ladder', 'Practice the order');
    const background = await pageBackground(page);
    const lit = await island.locator('.rung-meter span[data-on="true"]').first().evaluate(backgroundOf);
    expect(contrast(lit, background), `lit segment ${lit}`).toBeGreaterThanOrEqual(3);

    const item = island.locator('.sortable-item').first();
    await item.scrollIntoViewIfNeeded();
    const grip = await item.locator('[data-sortable="handle"]').boundingBox();
    if (!grip) throw new Error('the first handle has no box');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height, { steps: 5 });
    await expect(item).toHaveClass(/is-dragging/);
    const outline = await item.evaluate((node) => {
      const style = getComputedStyle(node);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    await page.mouse.up();
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(contrast(outline.color, background), `outline ${outline.color}`).toBeGreaterThanOrEqual(3);
  });

  test("the inference chooser's pressed preset stands apart from the others", async ({ page }) => {
    const island = await openIsland(page, 'inference/', '.inference-chooser', 'Describe the workload');
    const pressed = island.locator('.chooser-presets button[aria-pressed="true"]');
    await expect(pressed).toHaveCount(1);
    const other = await island
      .locator('.chooser-presets button[aria-pressed="false"]')
      .first()
      .evaluate(backgroundOf);
    const [fill, text] = await pressed.evaluate((node) => [
      getComputedStyle(node).backgroundColor,
      getComputedStyle(node).color,
    ]);
    expect(contrast(fill, other), `pressed ${fill}, others ${other}`).toBeGreaterThanOrEqual(3);
    expect(contrast(text, fill), `pressed text ${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  test("the builder's drop bar stays visible while a step is dragged", async ({ page }) => {
    const island = await openBuilder(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const steps = island.locator('ol[data-container="main"] > li.pb-step');
    const handle = steps.first().locator('[data-role="handle"]');
    await handle.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const over = await steps.nth(1).boundingBox();
    if (!from || !over) throw new Error('the template has two steps to drag between');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(over.x + over.width / 2, over.y + over.height * 0.9, { steps: 12 });
    // The marked step and its bar are read together: while the pointer rests near the viewport's
    // edge, auto-scroll can move the mark to another step between two separate reads.
    const readBar = () =>
      island.evaluate((root) => {
        const node = root.querySelector('.pb-step.drop-before, .pb-step.drop-after');
        const pseudo = node?.classList.contains('drop-before') ? '::before' : '::after';
        return node ? getComputedStyle(node, pseudo).backgroundColor : '';
      });
    let bar = '';
    await expect
      .poll(async () => {
        bar = await readBar();
        return bar;
      })
      .not.toBe('');
    const background = await pageBackground(page);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(contrast(bar, background), `drop bar ${bar}`).toBeGreaterThanOrEqual(3);
  });

  // The explainers (issue 25): each slider stays a native control the system draws, and every mark
  // that carries a value (threshold, flagged dots, curves, the current point, metric markers) keeps
  // 3:1 against the page.
  const explainers = [
    {
      path: 'model-evaluation/',
      selector: '.threshold-explorer',
      heading: 'Move the threshold',
      marks: [
        ['.te-threshold', 'stroke'],
        ['.te-dot.te-flagged', 'fill'],
        ['.te-dot:not(.te-flagged)', 'stroke'],
        ['.te-curve', 'stroke'],
        ['.te-current', 'fill'],
      ],
    },
    {
      path: 'bias-variance/',
      selector: '.fit-explorer',
      heading: 'Change the model’s complexity',
      marks: [
        ['.fe-curve', 'stroke'],
        ['.fe-train', 'fill'],
        ['.fe-validation', 'stroke'],
        ['.fe-line-train', 'stroke'],
        ['.fe-line-validation', 'stroke'],
        ['.fe-current', 'stroke'],
        ['.fe-best', 'fill'],
      ],
    },
    {
      path: 'clarify/',
      selector: '.bias-metrics',
      heading: 'Set the groups of a loan dataset',
      marks: [
        ['.bm-bar', 'stroke'],
        ['.bm-approved', 'fill'],
        ['.bm-marker', 'fill'],
        ['.bm-axis', 'stroke'],
      ],
    },
  ] as const;

  for (const { path, selector, heading, marks } of explainers) {
    test(`the ${selector.slice(1)} keeps its sliders and marks visible`, async ({ page }) => {
      const island = await openIsland(page, path, selector, heading);
      const background = await pageBackground(page);
      // The sliders appear once the island has hydrated.
      const sliders = island.getByRole('slider');
      await expect(sliders.first()).toBeVisible();
      for (const slider of await sliders.all()) {
        await expect(slider).toBeVisible();
        // 'none' would keep the theme's accent colour; 'auto' lets the system draw it.
        expect(await slider.evaluate((input) => getComputedStyle(input).forcedColorAdjust)).toBe('auto');
      }
      for (const [mark, property] of marks) {
        const color = await island
          .locator(mark)
          .first()
          .evaluate((node, key) => getComputedStyle(node).getPropertyValue(key), property);
        expect(contrast(color, background), `${mark} ${property} ${color}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  test("search's Clear (×) button keeps its cross", async ({ page }) => {
    await page.goto('overview/');
    await page.emulateMedia({ forcedColors: 'active' });
    const input = await openSearch(page);
    await input.fill('model');
    const clear = page.locator('#starlight__search .pagefind-ui__search-clear');
    await expect(clear).toBeVisible();
    const cross = await clear.evaluate((node) => getComputedStyle(node, '::before').backgroundColor);
    const field = await input.evaluate(backgroundOf);
    expect(contrast(cross, field), `cross ${cross} on ${field}`).toBeGreaterThanOrEqual(3);
  });

  for (const theme of ['dark', 'light'] satisfies Theme[]) {
    test(`diagram labels keep 3:1 against the page in the ${theme} theme`, async ({ page }) => {
      await page.goto('pipelines/');
      await useTheme(page, theme);
      await page.emulateMedia({ colorScheme: theme, forcedColors: 'active' });
      const labels = page.locator('.diagram svg text');
      expect(await labels.count()).toBeGreaterThan(0);
      const background = await pageBackground(page);
      const ratios = (
        await labels.evaluateAll((texts) =>
          texts.map((text) => ({ text: text.textContent?.trim(), fill: getComputedStyle(text).fill })),
        )
      ).map(({ text, fill }) => ({ text, ratio: contrast(fill, background) }));
      for (const { text, ratio } of ratios) expect(ratio, `"${text}"`).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('at 320 px', { tag: '@phone' }, () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the site title is shown whole', async ({ page }) => {
    await page.goto('');
    const title = page.locator('.site-title');
    await expect(title).toBeVisible();
    const clipped = await title.evaluate((element) => {
      const parts = [element, ...element.querySelectorAll<HTMLElement>('*')];
      return parts.some(
        (part) => part.scrollWidth > part.clientWidth + 1 || part.getBoundingClientRect().right > innerWidth,
      );
    });
    expect(clipped).toBe(false);
  });

  test('the home page, which has no menu, keeps its theme switcher', async ({ page }) => {
    await page.goto('');
    const theme = page.locator('header starlight-theme-select select');
    await expect(theme).toBeVisible();
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  /** Visible diagram texts of the open page rendered below 12 px, with their size. */
  async function smallDiagramText(page: Page): Promise<string[]> {
    const path = new URL(page.url()).pathname;
    const sizes = await page.locator('figure svg text').evaluateAll((texts) =>
      texts
        .filter((text) => text.checkVisibility())
        .map((text) => {
          // Text scales with its drawing: rendered size = font size × drawn width / viewBox width.
          const svg = text.closest('svg') as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: text.textContent?.trim(), px: parseFloat(getComputedStyle(text).fontSize) * scale };
        }),
    );
    expect(sizes.length, `${path} has diagram text`).toBeGreaterThan(0);
    return sizes
      .filter(({ px }) => px < 12)
      .map(({ text, px }) => `"${text}" ${px.toFixed(1)} px on ${path}`);
  }

  test('no diagram text renders below 12 px', async ({ page }) => {
    for (const path of ['', 'ml-governance/', 'inference/', 'pipelines/']) {
      await page.goto(path);
      // The home page's map is folded on a phone: its text counts once the reader opens it.
      if (path === '') await page.locator('.lifecycle-map summary').click();
      expect(await smallDiagramText(page)).toEqual([]);
    }
  });

  test("the pipeline builder's dependency graph stacks its steps so no text is below 12 px", async ({
    page,
  }) => {
    const island = await openBuilder(page);
    await expect(island.locator('.pb-graph svg .pb-node')).toHaveCount(6);
    expect(await smallDiagramText(page)).toEqual([]);
    // Every box sits inside the screen: nothing to scroll sideways for.
    const boxes = await island
      .locator('.pb-graph svg rect')
      .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().right));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(320);
  });
});
