import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAxeClean, brokenStorage } from './fixtures';
import type { DragInput } from './drag';
import {
  builderPath,
  card,
  dragTo,
  openBuilder,
  paletteGrip,
  readPipeline,
  shape,
  shownDefinition,
} from './pipeline-builder';
import { validateDefinition } from '../src/lib/pipeline/testing/schema-validator';

// Real drags with many pointer moves, page scrolls and axe scans: allow more than a minute.
test.describe.configure({ timeout: 180_000 });

/** The classic MLOps pipeline: process, train, evaluate, then register or fail. */
const classicShape = [
  'Processing',
  'Training',
  'Processing',
  { Condition: { if: ['RegisterModel'], else: ['Fail'] } },
];

const live = (island: Locator) => island.locator('[aria-live="polite"]');

async function clear(island: Locator) {
  await island.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(() => readPipeline(island)).toEqual([]);
}

/** Builds the classic pipeline from an empty canvas by dragging from the palette. */
async function buildByDragging(page: Page, island: Locator, input: DragInput) {
  await clear(island);
  const main = island.locator('ol[data-container="main"]');
  for (const type of ['Processing', 'Training', 'Processing', 'Condition']) {
    const steps = main.locator(':scope > li[data-step-key]');
    const count = await steps.count();
    // Onto the empty placeholder first, then just below the last step.
    const target = count === 0 ? main.locator('.pb-empty') : steps.last();
    await dragTo(page, input, await paletteGrip(island, type), target, count === 0 ? 'middle' : 'bottom');
    await expect(steps).toHaveCount(count + 1);
  }
  const condition = main.locator(':scope > li[data-step-type="Condition"]');
  const key = await condition.getAttribute('data-step-key');
  await dragTo(
    page,
    input,
    await paletteGrip(island, 'RegisterModel'),
    island.locator(`ol[data-container="if:${key}"] .pb-empty`),
  );
  await dragTo(
    page,
    input,
    await paletteGrip(island, 'Fail'),
    island.locator(`ol[data-container="else:${key}"] .pb-empty`),
  );
  await expect.poll(async () => shape(await readPipeline(island))).toEqual(classicShape);
}

/** The export matches the shape built, and validates against AWS's published schema. */
async function expectClassicExport(island: Locator) {
  const definition = await shownDefinition(island);
  expect(definition.Version).toBe('2020-12-01');
  expect(definition.Steps.map((step) => step.Type)).toEqual([
    'Processing',
    'Training',
    'Processing',
    'Condition',
  ]);
  const condition = definition.Steps[3].Arguments as {
    IfSteps: { Type: string }[];
    ElseSteps: { Type: string }[];
  };
  expect(condition.IfSteps.map((step) => step.Type)).toEqual(['RegisterModel']);
  expect(condition.ElseSteps.map((step) => step.Type)).toEqual(['Fail']);
  expect(validateDefinition(definition)).toEqual([]);
}

test(
  'hydrates only when the builder scrolls into view, and only on its page',
  { tag: '@desktop' },
  async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('pipelines/');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('PipelineBuilderIsland'))).toEqual([]);
    await openBuilder(page);
    expect(requested.some((url) => url.includes('PipelineBuilderIsland'))).toBe(true);
  },
);

test('starts from the classic template, with no problems and a schema-valid export', async ({ page }) => {
  const island = await openBuilder(page);
  expect(shape(await readPipeline(island))).toEqual(classicShape);
  await expect(island.getByTestId('checks-summary')).toHaveText(/No problems/);
  await expectClassicExport(island);
  await expect(island.locator('.pb-graph svg .pb-node')).toHaveCount(6);
});

test.describe('desktop', { tag: '@desktop' }, () => {
  test('builds the classic pipeline from an empty canvas with the mouse', async ({ page }) => {
    const island = await openBuilder(page);
    await buildByDragging(page, island, 'mouse');
    await expectClassicExport(island);
    await expect(island.getByTestId('checks-summary')).toHaveText(/No problems/);
  });
});

test.describe('phone', { tag: '@phone' }, () => {
  test('builds the classic pipeline from an empty canvas with touch', async ({ page }) => {
    const island = await openBuilder(page);
    await buildByDragging(page, island, 'touch');
    await expectClassicExport(island);
  });

  test('fits a 320 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openBuilder(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

// What follows behaves the same on every screen: it runs once, on the desktop project; the phone
// project covers touch, the narrow layout and axe.
test.describe('on any screen', { tag: '@desktop' }, () => {
  test('builds the classic pipeline with the keyboard alone, every move announced', async ({ page }) => {
    const island = await openBuilder(page);
    await clear(island);
    const add = async (type: string) => {
      const selector = `.pb-palette-item[data-step-type="${type}"]`;
      const item = island.locator(selector);
      const group = island.locator('details.pb-palette-group', { has: page.locator(selector) });
      if (
        (await group.count()) > 0 &&
        !(await group.evaluate((details) => (details as HTMLDetailsElement).open))
      ) {
        await group.locator('summary').focus();
        await page.keyboard.press('Enter');
      }
      await item.getByRole('button', { name: /^Add/ }).focus();
      await page.keyboard.press('Enter');
    };
    for (const type of ['Processing', 'Training', 'Processing', 'Condition', 'RegisterModel', 'Fail'])
      await add(type);
    await expect(live(island)).toContainText('Added Fail');
    // RegisterModel sits after the Condition: two places up is the Condition's if branch.
    const register = card(island, 'RegisterModel').locator('[data-role="handle"]');
    await register.focus();
    await page.keyboard.press('Space');
    await expect(live(island)).toContainText('picked up');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(live(island)).toContainText('if branch');
    await page.keyboard.press('Space');
    await expect(live(island)).toContainText('RegisterModel dropped at');
    await expect(register).toBeFocused();
    // Fail, now last, goes one place up: the else branch.
    const fail = card(island, 'Fail').locator('[data-role="handle"]');
    await fail.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(live(island)).toContainText('else branch');
    await expect.poll(async () => shape(await readPipeline(island))).toEqual(classicShape);
    await expectClassicExport(island);
  });

  test('Escape puts a picked-up step back; Home, End and the page keys keep it in view', async ({ page }) => {
    // A short window, so that the first and last places of the list are a scroll apart.
    await page.setViewportSize({ width: 1280, height: 420 });
    const island = await openBuilder(page);
    const before = await readPipeline(island);
    const handle = card(island, 'EvaluateModel').locator('[data-role="handle"]');
    await handle.focus();
    await page.keyboard.press('Space');
    const handleOnScreen = () =>
      handle.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    await page.keyboard.press('Home');
    await expect.poll(async () => (await readPipeline(island))[0].name).toBe('EvaluateModel');
    await expect.poll(handleOnScreen).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(async () => (await readPipeline(island))[0].name).not.toBe('EvaluateModel');
    await expect.poll(handleOnScreen).toBe(true);
    for (const key of ['PageUp', 'PageDown', 'PageDown']) {
      await page.keyboard.press(key);
      expect(await handleOnScreen(), `after ${key}`).toBe(true);
    }
    await expect(handle).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(live(island)).toContainText('Move cancelled');
    expect(await readPipeline(island)).toEqual(before);
    await expect(handle).toBeFocused();
  });

  test('reorders with the Up and Down buttons and removes a step; checks appear and go', async ({ page }) => {
    const island = await openBuilder(page);
    const summary = island.getByTestId('checks-summary');
    // Registering needs something trained first: without the training step, checks speak up.
    await card(island, 'TrainModel').getByRole('button', { name: 'Remove TrainModel' }).click();
    await expect(summary).not.toHaveText(/No problems/);
    const finding = island.locator('.pb-finding', { hasText: 'RegisterModel' }).first();
    await expect(finding).toBeVisible();
    await expect(finding.getByRole('link').first()).toHaveAttribute('href', /\/aif-c01\/pipelines\/#/);
    await island.getByRole('button', { name: 'Undo' }).click();
    await expect(summary).toHaveText(/No problems/);
    await expect(island.locator('.pb-finding')).toHaveCount(0);
    // Up: the evaluation step swaps with training (and focus stays on the button used).
    const up = card(island, 'EvaluateModel').getByRole('button', { name: 'Up: move EvaluateModel' });
    await up.click();
    await expect
      .poll(async () => (await readPipeline(island)).map((step) => step.name).slice(0, 3))
      .toEqual(['PrepareData', 'EvaluateModel', 'TrainModel']);
    await expect(up).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await readPipeline(island)).map((step) => step.name)[1])
      .toBe('TrainModel');
  });

  test('moves a step into a branch with the mouse, and out again', async ({ page }) => {
    const island = await openBuilder(page);
    const condition = island.locator('li.pb-step[data-step-type="Condition"]');
    const key = await condition.getAttribute('data-step-key');
    const elseList = island.locator(`ol[data-container="else:${key}"]`);
    await dragTo(
      page,
      'mouse',
      card(island, 'EvaluateModel').locator('[data-role="handle"]'),
      elseList,
      'bottom',
    );
    await expect(elseList.locator('li[data-step-name="EvaluateModel"]')).toHaveCount(1);
    await expect(live(island)).toContainText('else branch');
    await dragTo(
      page,
      'mouse',
      card(island, 'EvaluateModel').locator('[data-role="handle"]'),
      card(island, 'PrepareData'),
      'top',
    );
    await expect.poll(async () => (await readPipeline(island))[0].name).toBe('EvaluateModel');
  });

  test('renaming checks SageMaker’s name rule and uniqueness', async ({ page }) => {
    const island = await openBuilder(page);
    const key = await card(island, 'TrainModel').getAttribute('data-step-key');
    const name = island.locator(`li[data-step-key="${key}"]`).getByRole('textbox', { name: /^Name of/ });
    await name.fill('Train model');
    await name.press('Enter');
    await expect(island.locator('.pb-finding', { hasText: 'Train model' })).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('PrepareData');
    await name.press('Enter');
    await expect(island.locator('.pb-finding', { hasText: 'PrepareData' }).first()).toBeVisible();
    await name.fill('Train-2');
    await name.press('Enter');
    await expect(island.getByTestId('checks-summary')).toHaveText(/No problems/);
    // References follow the rename: the evaluation reads the model of "Train-2".
    const definition = await shownDefinition(island);
    expect(JSON.stringify(definition)).toContain('Steps.Train-2.');
  });

  test('a share link reopens the same pipeline in a new page', async ({ page, context }) => {
    const island = await openBuilder(page);
    await card(island, 'EvaluateModel').getByRole('button', { name: 'Remove EvaluateModel' }).click();
    const built = await readPipeline(island);
    await island.getByRole('button', { name: 'Copy share link' }).click();
    const link = await island.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain('/aif-c01/pipeline-builder/#pipeline=');
    const other = await context.newPage();
    await other.addInitScript(() => window.localStorage.clear());
    await other.goto(link);
    const reopened = other.locator('.pipeline-builder');
    await reopened.scrollIntoViewIfNeeded();
    await expect(reopened).toHaveAttribute('data-hydrated', 'true');
    await expect.poll(() => readPipeline(reopened)).toEqual(built);
    await expect(
      reopened.getByRole('status').filter({ hasText: 'Opened the pipeline from the link' }),
    ).toBeVisible();
    await other.close();
  });

  test('a share link shows the shared pipeline, and the saved one stays until the reader keeps it', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    await card(island, 'EvaluateModel').getByRole('button', { name: 'Remove EvaluateModel' }).click();
    const shared = await readPipeline(island);
    await island.getByRole('button', { name: 'Copy share link' }).click();
    const link = await island.getByRole('textbox', { name: 'Share link' }).inputValue();
    await island.getByRole('button', { name: 'Undo' }).click();
    await card(island, 'PrepareData').getByRole('button', { name: 'Remove PrepareData' }).click();
    const own = await readPipeline(island);

    const open = async () => {
      await page.goto('about:blank');
      await page.goto(link);
      const reopened = page.locator('.pipeline-builder');
      await reopened.scrollIntoViewIfNeeded();
      await expect(reopened).toHaveAttribute('data-hydrated', 'true');
      await expect.poll(() => readPipeline(reopened)).toEqual(shared);
      await expect(reopened.getByRole('group', { name: /someone shared with you/ })).toBeVisible();
      return reopened;
    };
    // Opened, then left: a reload shows the reader's own pipeline, still saved.
    await open();
    await page.reload();
    await expect.poll(() => readPipeline(page.locator('.pipeline-builder'))).toEqual(own);
    // "Back to my pipeline" shows it again, focus on the pipeline's heading.
    let reopened = await open();
    await reopened.getByRole('button', { name: 'Back to my pipeline' }).click();
    await expect.poll(() => readPipeline(reopened)).toEqual(own);
    await expect(reopened.locator('#pb-canvas-heading')).toBeFocused();
    await expect(live(reopened)).toHaveText(/Back to your own pipeline/);
    // "Keep the shared pipeline" saves it from then on.
    reopened = await open();
    await reopened.getByRole('button', { name: 'Keep the shared pipeline' }).click();
    await expect(reopened.locator('#pb-canvas-heading')).toBeFocused();
    await expect(live(reopened)).toHaveText(/Kept the shared pipeline/);
    await expect(reopened.getByRole('group', { name: /someone shared with you/ })).toHaveCount(0);
    await page.reload();
    await expect.poll(() => readPipeline(page.locator('.pipeline-builder'))).toEqual(shared);
  });

  test('refuses a share link the builder could never have made, and loses nothing', async ({ page }) => {
    const island = await openBuilder(page);
    await card(island, 'PrepareData').getByRole('button', { name: 'Remove PrepareData' }).click();
    const saved = await readPipeline(island);
    const hostile = { v: 1, s: [{ t: 'Training', n: '<img src=x onerror=alert(1)>' }] };
    await page.goto('about:blank');
    await page.goto(`${builderPath}#pipeline=${Buffer.from(JSON.stringify(hostile)).toString('base64url')}`);
    const reopened = page.locator('.pipeline-builder');
    await reopened.scrollIntoViewIfNeeded();
    await expect(reopened).toHaveAttribute('data-hydrated', 'true');
    await expect(reopened.getByRole('alert')).toContainText('this page never makes such a link');
    await expect(reopened.getByRole('alert')).toContainText('Your own pipeline is unchanged');
    expect(await readPipeline(reopened)).toEqual(saved);
    await expect(reopened.locator('img')).toHaveCount(0);
  });

  test('a corrupted share link leaves the saved pipeline intact', async ({ page }) => {
    const island = await openBuilder(page);
    await card(island, 'PrepareData').getByRole('button', { name: 'Remove PrepareData' }).click();
    const saved = await readPipeline(island);
    for (const hash of [
      '#pipeline=%%%not-base64',
      '#pipeline=eyJ2IjoxLCJzIjpbWyJUcmFpbmluZyIsIl',
      '#pipeline=',
    ]) {
      // A fresh load each time: going to the same page with another hash would not reload it.
      await page.goto('about:blank');
      await page.goto(`${builderPath}${hash}`);
      const reopened = page.locator('.pipeline-builder');
      await reopened.scrollIntoViewIfNeeded();
      await expect(reopened).toHaveAttribute('data-hydrated', 'true');
      await expect(reopened.getByRole('alert')).toContainText('cannot be opened');
      expect(await readPipeline(reopened)).toEqual(saved);
    }
  });

  test('sets corrupted saved work aside, says so and starts from the template', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('aif-c01:pipeline-builder:v1', '{"v":1,"s":[[');
        sessionStorage.setItem('seeded', 'yes');
      }
    });
    const island = await openBuilder(page);
    await expect(island.getByRole('alert')).toContainText('saved pipeline could not be read');
    expect(shape(await readPipeline(island))).toEqual(classicShape);
    expect(await page.evaluate(() => localStorage.getItem('aif-c01:pipeline-builder:v1-corrupted'))).toBe(
      '{"v":1,"s":[[',
    );
  });

  for (const storage of brokenStorage) {
    test.describe(`with storage ${storage.name}`, () => {
      test.use({ expectedProblems: storage.expectedProblems });
      test('keeps working, and says the pipeline is not saved', async ({ page }) => {
        await page.addInitScript(storage.init);
        const island = await openBuilder(page);
        await card(island, 'PrepareData').getByRole('button', { name: 'Remove PrepareData' }).click();
        // "not saved" when storage is off from the start, "could not be saved" when a save fails.
        await expect(island.getByRole('alert')).toContainText(/not (be )?saved/);
        await card(island, 'TrainModel').getByRole('button', { name: 'Remove TrainModel' }).click();
        expect((await readPipeline(island)).map((step) => step.name)).toEqual([
          'EvaluateModel',
          'CheckAccuracy',
        ]);
      });
    });
  }

  test.describe('when the code that reads saved work cannot load', () => {
    test.use({ expectedProblems: [/Failed to load resource|dynamically imported module/] });
    test('says so, keeps working and leaves the saved pipeline as it was', async ({ page }) => {
      let island = await openBuilder(page);
      await card(island, 'PrepareData').getByRole('button', { name: 'Remove PrepareData' }).click();
      const key = 'aif-c01:pipeline-builder:v1';
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain('TrainModel');
      const saved = await page.evaluate((k) => localStorage.getItem(k), key);
      await page.route(/\/_astro\/storage\.[\w-]+\.js$/, (route) => route.abort());
      island = await openBuilder(page);
      await expect(island.getByRole('alert')).toContainText('saved pipeline could not be loaded');
      await card(island, 'TrainModel').getByRole('button', { name: 'Remove TrainModel' }).click();
      await expect(card(island, 'TrainModel')).toHaveCount(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(saved);
    });
  });

  test('imports a definition written by the SageMaker Python SDK, and refuses a broken one', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    const before = await readPipeline(island);
    await island.getByText('Import a pipeline definition').click();
    const box = island.getByRole('textbox', { name: /Paste a definition JSON/ });
    await box.fill('{"Version": "2020-12-01", "Steps": [');
    await island.getByRole('button', { name: 'Import the pasted definition' }).click();
    await expect(island.getByRole('alert')).toContainText('unchanged');
    expect(await readPipeline(island)).toEqual(before);
    const sdk = {
      Version: '2020-12-01',
      Metadata: {},
      Parameters: [{ Name: 'InputData', Type: 'String', DefaultValue: 's3://amzn-s3-demo-bucket/data.csv' }],
      PipelineExperimentConfig: {
        ExperimentName: { Get: 'Execution.PipelineName' },
        TrialName: { Get: 'Execution.PipelineExecutionId' },
      },
      Steps: [
        { Name: 'Prep', Type: 'Processing', Arguments: { AppSpecificThing: 1 } },
        { Name: 'Train', Type: 'Training', DependsOn: ['Prep'], Arguments: {} },
      ],
    };
    await box.fill(JSON.stringify(sdk));
    await island.getByRole('button', { name: 'Import the pasted definition' }).click();
    await expect
      .poll(async () => (await readPipeline(island)).map((step) => step.name))
      .toEqual(['Prep', 'Train']);
    await expect(island.getByRole('status').filter({ hasText: 'PipelineExperimentConfig' })).toBeVisible();
    const exported = await shownDefinition(island);
    expect(exported.Steps[0].Arguments).toEqual({ AppSpecificThing: 1 });
    expect((exported as unknown as { PipelineExperimentConfig: unknown }).PipelineExperimentConfig).toEqual(
      sdk.PipelineExperimentConfig,
    );
    // The Python tab says which imported steps its code only sketches.
    await island.getByRole('tab', { name: 'Python SDK' }).click();
    await expect(island.locator('#pb-export-code')).toContainText(
      '# A SKETCH for the imported steps (Prep, Train)',
    );
  });

  test('shows the Python SDK code for the pipeline', async ({ page }) => {
    const island = await openBuilder(page);
    await island.getByRole('tab', { name: 'Python SDK' }).click();
    const code = island.locator('#pb-export-code');
    await expect(code).toContainText('ConditionStep');
    for (const name of ['PrepareData', 'TrainModel', 'EvaluateModel', 'CheckAccuracy'])
      await expect(code).toContainText(name);
    // One bucket line to edit, and what the SDK writes differently from the JSON, beside the code.
    await expect(code).toContainText("bucket = 'amzn-s3-demo-bucket'");
    await expect(island.locator('.pb-python-note')).toContainText('-RegisterModel');
    await island.getByRole('tab', { name: 'Definition JSON' }).click();
    await expect(island.locator('.pb-python-note')).toHaveCount(0);
  });
});

test.describe('focus and messages', () => {
  test('focus never drops to the page: Clear, Undo and Redo as they disable, Dismiss, Ctrl+Z on a moving step', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    const button = (name: string) => island.getByRole('button', { name, exact: true });
    await button('Clear').focus();
    await page.keyboard.press('Enter');
    await expect(button('Clear')).toBeDisabled();
    await expect(button('Undo')).toBeFocused();
    await expect(island.getByRole('status').filter({ hasText: 'Cleared the pipeline' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(button('Undo')).toBeDisabled();
    await expect(button('Redo')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button('Redo')).toBeDisabled();
    await expect(button('Undo')).toBeFocused();
    // Undo once more: the classic template again, for the step below.
    await page.keyboard.press('Enter');
    await expect(button('Redo')).toBeFocused();
    await button('Dismiss').focus();
    await page.keyboard.press('Enter');
    await expect(island.locator('#pb-canvas-heading')).toBeFocused();

    await card(island, 'EvaluateModel').getByRole('button', { name: 'Up: move EvaluateModel' }).click();
    await expect
      .poll(async () => (await readPipeline(island)).map((step) => step.name))
      .toEqual(['PrepareData', 'EvaluateModel', 'TrainModel', 'CheckAccuracy']);
    const handle = card(island, 'EvaluateModel').locator('[data-role="handle"]');
    await handle.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readPipeline(island))[2].name).toBe('EvaluateModel');
    await expect(handle).toBeFocused();
  });

  test('export tabs follow the tabs pattern: arrows both ways, Home and End', async ({ page }) => {
    const island = await openBuilder(page);
    const tab = (name: string) => island.getByRole('tab', { name });
    await tab('Definition JSON').focus();
    await page.keyboard.press('End');
    await expect(tab('Python SDK')).toBeFocused();
    await expect(tab('Python SDK')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tab('Definition JSON')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Python SDK')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Definition JSON')).toBeFocused();
  });

  test('an import error sits by the Import button, marks the field, and a good import focuses the pipeline', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    await island.getByText('Import a pipeline definition').click();
    const box = island.getByRole('textbox', { name: /Paste a definition JSON/ });
    await box.fill('{"Version": "2020-12-01", "Steps": [');
    await island.getByRole('button', { name: 'Import the pasted definition' }).click();
    const error = island.locator('#pb-import-error');
    await expect(error).toContainText('Your pipeline is unchanged');
    await expect(island.getByRole('alert')).toHaveCount(1);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(/unchanged/);
    await box.fill(
      JSON.stringify({ Version: '2020-12-01', Steps: [{ Name: 'Only', Type: 'Fail', Arguments: {} }] }),
    );
    await island.getByRole('button', { name: 'Import the pasted definition' }).click();
    await expect(island.locator('#pb-canvas-heading')).toBeFocused();
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    await expect(error).toHaveText('');
  });

  test('with the clipboard blocked, Copy share link selects the link; copy messages are said once', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('blocked'));
    });
    const island = await openBuilder(page);
    await island.getByRole('button', { name: 'Copy share link' }).click();
    const field = island.getByRole('textbox', { name: 'Share link' });
    await expect(field).toBeFocused();
    expect(
      await field.evaluate(
        (input: HTMLInputElement) => input.selectionStart === 0 && input.selectionEnd === input.value.length,
      ),
    ).toBe(true);
    await expect(live(island)).toContainText('the Share link is selected');
    // The visible line repeats the message but is not a second live region.
    await expect(island.locator('.pb-status')).toContainText('the Share link is selected');
    await expect(island.locator('.pb-status')).not.toHaveAttribute('role');
  });

  test('a new problem is announced, and Show the step names the step and opens its name field', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    const key = await card(island, 'TrainModel').getAttribute('data-step-key');
    const name = island.locator(`li[data-step-key="${key}"]`).getByRole('textbox', { name: /^Name of/ });
    await name.fill('Train model');
    await name.press('Enter');
    await expect(live(island)).toContainText('The checks now find 1 problem.');
    const show = island.getByRole('button', { name: 'Show the step Train model' });
    await show.click();
    await expect(name).toBeFocused();
  });
});

test('has no axe violations with the builder working', async ({ page }) => {
  const island = await openBuilder(page);
  // Show a finding, an open palette group and the import form too.
  await card(island, 'TrainModel').getByRole('button', { name: 'Remove TrainModel' }).click();
  await island.locator('details.pb-palette-group summary').first().click();
  await island.getByText('Import a pipeline definition').click();
  await expectAxeClean(page);
});

test('reads without JavaScript: the step types, the classic template, its graph and definition', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(builderPath);
  const island = page.locator('.pipeline-builder');
  await expect(island.locator('.pb-palette-item')).not.toHaveCount(0);
  await expect(island.locator('.pb-palette-item[data-step-type="Training"]')).toContainText('training job');
  expect(shape(await readPipeline(island))).toEqual(classicShape);
  await expect(island.locator('.pb-graph svg')).toBeVisible();
  const definition = JSON.parse(await island.locator('#pb-export-code').innerText());
  expect(validateDefinition(definition)).toEqual([]);
  await context.close();
});

/** Every message the island's live region says from now on, in order. */
async function recordMessages(island: Locator): Promise<() => Promise<string[]>> {
  await live(island).evaluate((region) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push((region.textContent ?? '').trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => island.page().evaluate(() => [...(window as unknown as { said: string[] }).said]);
}

const names = async (island: Locator) => (await readPipeline(island)).map((step) => step.name);

test.describe('step grips', () => {
  test('a step moved by keyboard keeps focus on its grip, which says it is pressed; Tab drops it', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    const handle = card(island, 'TrainModel').locator('[data-role="handle"]');
    await handle.focus();
    await handle.evaluate((element) => {
      const blurs = { count: 0 };
      (window as unknown as { blurs: typeof blurs }).blurs = blurs;
      element.addEventListener('blur', () => blurs.count++);
    });
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await names(island)).indexOf('TrainModel')).toBe(2);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await names(island)).indexOf('TrainModel')).toBe(1);
    await page.keyboard.press('ArrowDown');
    await expect(live(island)).toHaveText('TrainModel, position 3 of 4 in the pipeline.');
    // The same element kept focus throughout: a screen reader hears the position, not the grip again.
    expect(await page.evaluate(() => (window as unknown as { blurs: { count: number } }).blurs.count)).toBe(
      0,
    );
    await expect(handle).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(handle).toHaveAttribute('aria-pressed', 'false');
    await expect(live(island)).toHaveText('TrainModel dropped at position 3 of 4 in the pipeline.');
  });

  test('a click picks a step up and drops it, as browse mode and voice control press it', async ({
    page,
  }) => {
    const island = await openBuilder(page);
    const handle = card(island, 'TrainModel').locator('[data-role="handle"]');
    await handle.click();
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await expect(live(island)).toContainText('TrainModel picked up at position 2 of 4');
    await expect(handle).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await names(island)).indexOf('TrainModel')).toBe(2);
    await handle.click();
    await expect(handle).toHaveAttribute('aria-pressed', 'false');
    await expect(live(island)).toHaveText('TrainModel dropped at position 3 of 4 in the pipeline.');
    await island.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await names(island)).indexOf('TrainModel')).toBe(1);
  });

  test('a held arrow key says where the step ends up once, not every place it passes', async ({ page }) => {
    const island = await openBuilder(page);
    // The Condition stays in the main list (it cannot enter a branch): three places up is the top.
    const handle = card(island, 'CheckAccuracy').locator(':scope > .pb-step-head [data-role="handle"]');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(live(island)).toContainText('CheckAccuracy picked up');
    const said = await recordMessages(island);
    // Playwright marks a key pressed again before its release as a repeat, as a held key is.
    for (let press = 0; press < 3; press++) await page.keyboard.down('ArrowUp');
    await page.keyboard.up('ArrowUp');
    await expect.poll(async () => (await names(island)).indexOf('CheckAccuracy')).toBe(0);
    await expect(live(island)).toHaveText('CheckAccuracy, position 1 of 4 in the pipeline.');
    expect(await said()).toEqual([
      'CheckAccuracy, position 3 of 4 in the pipeline.',
      'CheckAccuracy, position 1 of 4 in the pipeline.',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await names(island)).indexOf('CheckAccuracy')).toBe(3);
  });

  test(
    'a new step dragged over the pipeline is counted in the positions it passes',
    { tag: '@desktop' },
    async ({ page }) => {
      const island = await openBuilder(page);
      const target = card(island, 'PrepareData');
      await dragTo(
        page,
        'mouse',
        await paletteGrip(island, 'Training'),
        target,
        'top',
        undefined,
        async () => {
          // Hovering: the count includes the step being carried, as the drop's message will.
          await expect(live(island)).toHaveText('New Training step, position 1 of 5 in the pipeline.');
        },
      );
      await expect(live(island)).toHaveText(/dropped at position 1 of 5 in the pipeline/);
    },
  );
});
