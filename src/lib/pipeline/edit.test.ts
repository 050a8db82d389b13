import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineStepTypes } from '../../data/pipeline-step-types';
import {
  addStep,
  allSteps,
  checkTypesFor,
  containerSteps,
  describeDropSlot,
  describeSlot,
  findStep,
  moveByOne,
  moveStep,
  nameProblem,
  removeStep,
  renameStep,
  setCheckType,
  setPurpose,
  setWaitsFor,
  slotsFor,
  startAlongside,
  withExplicitDependencies,
  type EditResult,
} from './edit';
import type { BuilderPipeline, BuilderStep, Container, Slot } from './model';
import { stepNamePattern } from './model';
import { arbitraryPipeline } from './testing/arbitrary';

const main: Container = { kind: 'main' };
const ifOf = (condition: string): Container => ({ kind: 'branch', condition, branch: 'if' });
const elseOf = (condition: string): Container => ({ kind: 'branch', condition, branch: 'else' });
const at = (container: Container, index: number): Slot => ({ container, index });

const step = (key: string, type: string, extra: Partial<BuilderStep> = {}): BuilderStep => ({
  key,
  type,
  name: key.toUpperCase(),
  ...extra,
});

/** Prepare, Train, Check (if: Register; else: Stop), Deploy. */
function sample(): BuilderPipeline {
  return {
    steps: [
      step('prep', 'Processing'),
      step('train', 'Training'),
      step('check', 'Condition', {
        ifSteps: [step('register', 'RegisterModel')],
        elseSteps: [step('stop', 'Fail')],
      }),
      step('deploy', 'Endpoint'),
    ],
  };
}

function ok(result: EditResult): { pipeline: BuilderPipeline; key: string } {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}

function errorOf(result: EditResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const keysOf = (p: BuilderPipeline) => allSteps(p).map(({ step }) => step.key);

/** The pipeline without what its steps wait for: its lists, as a reader reads them. */
function layout(p: BuilderPipeline): unknown {
  const strip = (list: BuilderStep[] | undefined): unknown =>
    list?.map(({ ifSteps, elseSteps, ...rest }) => ({
      ...Object.fromEntries(Object.entries(rest).filter(([field]) => field !== 'waitsFor')),
      ...(ifSteps && { ifSteps: strip(ifSteps) }),
      ...(elseSteps && { elseSteps: strip(elseSteps) }),
    }));
  return strip(p.steps);
}
const waitsOf = (p: BuilderPipeline, key: string) => findStep(p, key)?.step.waitsFor;
const keysIn = (p: BuilderPipeline, container: Container) => containerSteps(p, container).map((s) => s.key);

describe('reading', () => {
  it('lists every step in document order with its slot and depth', () => {
    const placed = allSteps(sample());
    expect(placed.map(({ step, depth }) => [step.key, depth])).toEqual([
      ['prep', 0],
      ['train', 0],
      ['check', 0],
      ['register', 1],
      ['stop', 1],
      ['deploy', 0],
    ]);
    expect(placed[4].slot).toEqual(at(elseOf('check'), 0));
  });

  it('finds a step and its slot, or nothing', () => {
    expect(findStep(sample(), 'register')).toMatchObject({ slot: at(ifOf('check'), 0) });
    expect(findStep(sample(), 'nope')).toBeUndefined();
  });

  it('gives the steps of a container, none for a branch of a missing Condition', () => {
    expect(keysIn(sample(), main)).toEqual(['prep', 'train', 'check', 'deploy']);
    expect(keysIn(sample(), elseOf('check'))).toEqual(['stop']);
    expect(keysIn(sample(), ifOf('train'))).toEqual([]);
  });
});

describe('addStep', () => {
  it('adds a step of the type at the slot with a fresh key and the type as its name', () => {
    const p = sample();
    const { pipeline, key } = ok(addStep(p, 'Transform', at(main, 1)));
    expect(keysIn(pipeline, main)[1]).toBe(key);
    expect(keysOf(p)).not.toContain(key);
    expect(findStep(pipeline, key)?.step).toMatchObject({ type: 'Transform', name: 'Transform' });
  });

  it('numbers the name when it is taken', () => {
    const first = ok(addStep({ steps: [] }, 'Training', at(main, 0)));
    const second = ok(addStep(first.pipeline, 'Training', at(main, 1)));
    const third = ok(addStep(second.pipeline, 'Training', at(main, 2)));
    expect(containerSteps(third.pipeline, main).map((s) => s.name)).toEqual([
      'Training',
      'Training-2',
      'Training-3',
    ]);
    expect(new Set(keysOf(third.pipeline)).size).toBe(3);
  });

  it('derives a valid name for types whose id is not a step name', () => {
    const code = ok(addStep({ steps: [] }, '@step', at(main, 0)));
    const notebook = ok(addStep(code.pipeline, 'Notebook Job', at(main, 1)));
    const names = containerSteps(notebook.pipeline, main).map((s) => s.name);
    expect(names).toEqual(['ExecuteCode', 'NotebookJob']);
    for (const name of names) expect(name).toMatch(stepNamePattern);
  });

  it('gives a Condition empty branches and check steps their data check', () => {
    const condition = ok(addStep({ steps: [] }, 'Condition', at(main, 0)));
    expect(findStep(condition.pipeline, condition.key)?.step).toMatchObject({ ifSteps: [], elseSteps: [] });
    const clarify = ok(addStep(condition.pipeline, 'ClarifyCheck', at(main, 1)));
    expect(findStep(clarify.pipeline, clarify.key)?.step.checkType).toBe('DATA_BIAS');
    const quality = ok(addStep(clarify.pipeline, 'QualityCheck', at(main, 2)));
    expect(findStep(quality.pipeline, quality.key)?.step.checkType).toBe('DATA_QUALITY');
    expect(findStep(quality.pipeline, condition.key)?.step.checkType).toBeUndefined();
  });

  it('adds into a branch', () => {
    const { pipeline, key } = ok(addStep(sample(), 'Transform', at(ifOf('check'), 1)));
    expect(keysIn(pipeline, ifOf('check'))).toEqual(['register', key]);
  });

  it('refuses a Condition in a branch, an unknown type and a branch of no Condition', () => {
    expect(errorOf(addStep(sample(), 'Condition', at(elseOf('check'), 0)))).toMatch(
      /^Conditions do not nest/,
    );
    expect(errorOf(addStep(sample(), 'Teleport', at(main, 0)))).toContain('Teleport');
    expect(errorOf(addStep(sample(), 'Training', at(ifOf('train'), 0)))).toMatch(/no Condition/);
  });

  it('never changes the pipeline it is given', () => {
    const p = sample();
    const copy = structuredClone(p);
    addStep(p, 'Training', at(ifOf('check'), 0));
    expect(p).toEqual(copy);
  });
});

describe('moveStep', () => {
  it('counts the index without the moving step', () => {
    const { pipeline } = ok(moveStep(sample(), 'prep', at(main, 1)));
    expect(keysIn(pipeline, main)).toEqual(['train', 'prep', 'check', 'deploy']);
    const back = ok(moveStep(pipeline, 'prep', at(main, 0)));
    expect(back.pipeline).toEqual(withExplicitDependencies(sample()));
  });

  it('changes no dependency within a list: the list is only a reading order', () => {
    const { pipeline } = ok(moveStep(sample(), 'train', at(main, 0)));
    expect(keysIn(pipeline, main)).toEqual(['train', 'prep', 'check', 'deploy']);
    expect(waitsOf(pipeline, 'train')).toEqual(['prep']);
    expect(waitsOf(pipeline, 'prep')).toEqual([]);
  });

  it('into another list, waits for the step above; what waited for it waits for what it did', () => {
    const p = withExplicitDependencies(sample());
    const into = ok(moveStep(p, 'train', at(ifOf('check'), 1))).pipeline;
    expect(waitsOf(into, 'train')).toEqual(['register']);
    // check waited for train; it now waits for what train waited for.
    expect(waitsOf(into, 'check')).toEqual(['prep']);
  });

  it('moves a step into a branch and out again', () => {
    const into = ok(moveStep(sample(), 'deploy', at(elseOf('check'), 1)));
    expect(keysIn(into.pipeline, elseOf('check'))).toEqual(['stop', 'deploy']);
    expect(keysIn(into.pipeline, main)).toEqual(['prep', 'train', 'check']);
    const out = ok(moveStep(into.pipeline, 'register', at(main, 0)));
    expect(keysIn(out.pipeline, main)).toEqual(['register', 'prep', 'train', 'check']);
    expect(keysIn(out.pipeline, ifOf('check'))).toEqual([]);
  });

  it('moves a Condition with its branches', () => {
    const { pipeline } = ok(moveStep(sample(), 'check', at(main, 0)));
    expect(keysOf(pipeline)).toEqual(['check', 'register', 'stop', 'prep', 'train', 'deploy']);
  });

  it('clamps an index past the end', () => {
    const { pipeline } = ok(moveStep(sample(), 'prep', at(main, 99)));
    expect(keysIn(pipeline, main)).toEqual(['train', 'check', 'deploy', 'prep']);
  });

  it('refuses to nest a Condition, or to put it in its own branch', () => {
    const nested = { steps: [...sample().steps, step('other', 'Condition', { ifSteps: [], elseSteps: [] })] };
    expect(errorOf(moveStep(nested, 'other', at(ifOf('check'), 0)))).toMatch(
      /^Conditions do not nest: OTHER/,
    );
    expect(errorOf(moveStep(sample(), 'check', at(ifOf('check'), 0)))).toMatch(/own branch/);
  });

  it('refuses an unknown key', () => {
    expect(errorOf(moveStep(sample(), 'ghost', at(main, 0)))).toContain('ghost');
  });
});

describe('slotsFor and moveByOne', () => {
  it('lists the main positions with each Condition’s branch positions after its own', () => {
    const slots = slotsFor(sample(), 'deploy');
    expect(slots).toEqual([
      at(main, 0),
      at(main, 1),
      at(main, 2),
      at(ifOf('check'), 0),
      at(ifOf('check'), 1),
      at(elseOf('check'), 0),
      at(elseOf('check'), 1),
      at(main, 3),
    ]);
  });

  it('includes the current slot and is the same wherever the step sits', () => {
    const p = sample();
    const slots = slotsFor(p, 'register');
    expect(slots).toContainEqual(findStep(p, 'register')?.slot);
    for (const slot of slots)
      expect(slotsFor(ok(moveStep(p, 'register', slot)).pipeline, 'register')).toEqual(slots);
  });

  it('gives a Condition main positions only', () => {
    const slots = slotsFor(sample(), 'check');
    expect(slots.every((slot) => slot.container.kind === 'main')).toBe(true);
    expect(slots).toHaveLength(sample().steps.length);
  });

  it('is empty for an unknown key', () => {
    expect(slotsFor(sample(), 'ghost')).toEqual([]);
  });

  it('walks into a branch and out of it', () => {
    const p = sample();
    const intoIf = ok(moveByOne(p, 'train', 1));
    expect(findStep(intoIf.pipeline, 'train')?.slot).toEqual(at(ifOf('check'), 0));
    const nextInIf = ok(moveByOne(intoIf.pipeline, 'train', 1));
    expect(keysIn(nextInIf.pipeline, ifOf('check'))).toEqual(['register', 'train']);
    const intoElse = ok(moveByOne(nextInIf.pipeline, 'train', 1));
    expect(findStep(intoElse.pipeline, 'train')?.slot).toEqual(at(elseOf('check'), 0));
    const upAgain = ok(moveByOne(intoElse.pipeline, 'train', -1));
    expect(findStep(upAgain.pipeline, 'train')?.slot).toEqual(at(ifOf('check'), 1));
  });

  it('walks every slot down and back up to the original pipeline', () => {
    const p = sample();
    for (const { step: moving } of allSteps(p)) {
      const slots = slotsFor(p, moving.key);
      const start = slots.findIndex(
        (slot) => JSON.stringify(slot) === JSON.stringify(findStep(p, moving.key)?.slot),
      );
      let current = p;
      for (let i = start; i < slots.length - 1; i++) current = ok(moveByOne(current, moving.key, 1)).pipeline;
      for (let i = slots.length - 1; i > start; i--)
        current = ok(moveByOne(current, moving.key, -1)).pipeline;
      expect(layout(current)).toEqual(layout(p));
    }
  });

  it('refuses to move past either end', () => {
    expect(errorOf(moveByOne(sample(), 'prep', -1))).toBe('PREP cannot move up any further.');
    expect(errorOf(moveByOne(sample(), 'deploy', 1))).toBe('DEPLOY cannot move down any further.');
  });
});

describe('removeStep', () => {
  it('removes a step and hands focus to the one now in its place', () => {
    const { pipeline, key } = ok(removeStep(sample(), 'train'));
    expect(keysIn(pipeline, main)).toEqual(['prep', 'check', 'deploy']);
    expect(key).toBe('check');
  });

  it('hands focus to the step before when the last one goes', () => {
    expect(ok(removeStep(sample(), 'deploy')).key).toBe('check');
  });

  it('hands focus to the Condition when its branch empties, and to nothing when the pipeline does', () => {
    expect(ok(removeStep(sample(), 'stop')).key).toBe('check');
    expect(ok(removeStep({ steps: [step('only', 'Training')] }, 'only'))).toEqual({
      ok: true,
      pipeline: { steps: [] },
      key: '',
    });
  });

  it('removes a Condition with its branches', () => {
    const { pipeline } = ok(removeStep(sample(), 'check'));
    expect(keysOf(pipeline)).toEqual(['prep', 'train', 'deploy']);
  });

  it('refuses an unknown key', () => {
    expect(removeStep(sample(), 'ghost').ok).toBe(false);
  });
});

describe('renameStep', () => {
  const withReferences = (): BuilderPipeline => ({
    steps: [
      step('train', 'Training', { name: 'Train' }),
      step('eval', 'Processing', {
        name: 'Eval',
        kept: {
          Arguments: { Input: { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' } },
          DependsOn: ['Train', 'Trainer'],
        },
      }),
      step('check', 'Condition', {
        name: 'Check',
        kept: {
          Arguments: {
            Conditions: [
              {
                Type: 'GreaterThanOrEqualTo',
                LeftValue: {
                  'Std:JsonGet': { PropertyFile: { Get: 'Steps.Train.PropertyFiles.Report' }, Path: 'a.b' },
                },
                RightValue: { Get: 'Steps.Trainer.FinalMetricDataList[0].Value' },
              },
            ],
          },
        },
        ifSteps: [
          step('reg', 'RegisterModel', {
            name: 'Reg',
            kept: { Arguments: { ModelData: { Get: "Steps.Train['x']" } } },
          }),
        ],
        elseSteps: [],
      }),
    ],
  });

  it('renames the step and every reference to its old name, and only those', () => {
    const { pipeline } = ok(renameStep(withReferences(), 'train', '  Fit  '));
    expect(findStep(pipeline, 'train')?.step.name).toBe('Fit');
    const evalKept = findStep(pipeline, 'eval')?.step.kept;
    expect(evalKept?.Arguments).toEqual({ Input: { Get: 'Steps.Fit.ModelArtifacts.S3ModelArtifacts' } });
    expect(evalKept?.DependsOn).toEqual(['Fit', 'Trainer']);
    const condition = JSON.stringify(findStep(pipeline, 'check')?.step.kept);
    expect(condition).toContain('Steps.Fit.PropertyFiles.Report');
    expect(condition).toContain('Steps.Trainer.FinalMetricDataList');
    expect(findStep(pipeline, 'reg')?.step.kept?.Arguments).toEqual({ ModelData: { Get: "Steps.Fit['x']" } });
  });

  it('allows invalid and duplicate names, which the checks flag', () => {
    expect(findStep(ok(renameStep(sample(), 'prep', 'has space')).pipeline, 'prep')?.step.name).toBe(
      'has space',
    );
    expect(findStep(ok(renameStep(sample(), 'prep', 'TRAIN')).pipeline, 'prep')?.step.name).toBe('TRAIN');
  });

  it('refuses an empty name and leaves the pipeline alone for the same name', () => {
    expect(errorOf(renameStep(sample(), 'prep', '   '))).toBe('A step needs a name.');
    const p = sample();
    expect(ok(renameStep(p, 'prep', 'PREP')).pipeline).toBe(p);
  });

  it('never changes the pipeline it is given', () => {
    const p = withReferences();
    const copy = structuredClone(p);
    renameStep(p, 'train', 'Fit');
    expect(p).toEqual(copy);
  });
});

describe('dependencies', () => {
  it('makes a step added at the end wait for the one before it', () => {
    const { pipeline, key } = ok(addStep(sample(), 'Lambda', at(main, 4)));
    expect(waitsOf(pipeline, key)).toEqual(['deploy']);
  });

  it('makes a step added below a Fail or Condition step start alongside it', () => {
    const afterCondition = ok(addStep(withExplicitDependencies(sample()), 'Lambda', at(main, 3)));
    expect(waitsOf(afterCondition.pipeline, afterCondition.key)).toEqual(['train']);
    const afterFail = ok(addStep(sample(), 'Lambda', at(elseOf('check'), 1)));
    expect(waitsOf(afterFail.pipeline, afterFail.key)).toEqual([]);
  });

  it('sets and clears what a step waits for', () => {
    const on = ok(setWaitsFor(sample(), 'deploy', 'prep', true)).pipeline;
    expect(waitsOf(on, 'deploy')).toEqual(['check', 'prep']);
    const off = ok(setWaitsFor(on, 'deploy', 'check', false)).pipeline;
    expect(waitsOf(off, 'deploy')).toEqual(['prep']);
  });

  it('refuses a Fail or Condition step, a circle and a step of another list', () => {
    const p = ok(setWaitsFor(sample(), 'deploy', 'check', false)).pipeline;
    expect(errorOf(setWaitsFor(p, 'deploy', 'check', true))).toMatch(/Condition/);
    expect(errorOf(setWaitsFor(p, 'register', 'stop', true))).toMatch(/Fail step STOP/);
    expect(errorOf(setWaitsFor(p, 'prep', 'train', true))).toMatch(/circle/);
    expect(errorOf(setWaitsFor(p, 'deploy', 'register', true))).toMatch(/not in its list/);
  });

  it('starts a step alongside one it waits for: it waits for what that one waits for', () => {
    const { pipeline } = ok(startAlongside(sample(), 'train', 'prep'));
    expect(waitsOf(pipeline, 'train')).toEqual([]);
    expect(errorOf(startAlongside(sample(), 'train', 'deploy'))).toMatch(/does not wait/);
  });

  it('keeps the chain when a step goes: what waited for it waits for what it waited for', () => {
    const { pipeline } = ok(removeStep(sample(), 'train'));
    expect(waitsOf(pipeline, 'check')).toEqual(['prep']);
  });
});

describe('nameProblem', () => {
  it('says what SageMaker would refuse as the name is typed, and nothing for a good name', () => {
    expect(nameProblem(sample(), 'train', 'Train model')).toMatch(/not a valid step name/);
    expect(nameProblem(sample(), 'train', 'PREP')).toBe('Another step is already named PREP.');
    expect(nameProblem(sample(), 'train', '  ')).toBe('A step needs a name.');
    expect(nameProblem(sample(), 'train', 'TRAIN')).toBeUndefined();
    expect(nameProblem(sample(), 'train', 'Fit-2')).toBeUndefined();
  });
});

describe('setPurpose', () => {
  it('sets what a Processing step does, and refuses other step types', () => {
    const { pipeline } = ok(setPurpose(sample(), 'prep', 'evaluate'));
    expect(findStep(pipeline, 'prep')?.step.purpose).toBe('evaluate');
    expect(errorOf(setPurpose(sample(), 'train', 'evaluate'))).toMatch(/not a Processing step/);
  });
});

describe('setCheckType', () => {
  const checks = (): BuilderPipeline => ({
    steps: [
      step('bias', 'ClarifyCheck', { checkType: 'DATA_BIAS' }),
      step('quality', 'QualityCheck', { checkType: 'DATA_QUALITY' }),
      step('train', 'Training'),
    ],
  });

  it('sets every check the step type can run', () => {
    for (const key of ['bias', 'quality']) {
      const type = findStep(checks(), key)?.step.type ?? '';
      for (const checkType of checkTypesFor(type)) {
        expect(findStep(ok(setCheckType(checks(), key, checkType)).pipeline, key)?.step.checkType).toBe(
          checkType,
        );
      }
    }
  });

  it('refuses a check the step type cannot run', () => {
    expect(errorOf(setCheckType(checks(), 'quality', 'MODEL_BIAS'))).toMatch(
      /QUALITY cannot run a MODEL_BIAS check/,
    );
    expect(errorOf(setCheckType(checks(), 'bias', 'MODEL_QUALITY'))).toContain('MODEL_QUALITY');
    expect(setCheckType(checks(), 'train', 'DATA_BIAS').ok).toBe(false);
  });
});

describe('describeSlot', () => {
  it('says the position in the pipeline', () => {
    expect(describeSlot(sample(), at(main, 2))).toBe('position 3 of 4 in the pipeline');
  });

  it('says the position in a branch and names its Condition', () => {
    const p = ok(renameStep(sample(), 'check', 'CheckAccuracy')).pipeline;
    expect(describeSlot(p, at(ifOf('check'), 0))).toBe('position 1 of 1 in the if branch of CheckAccuracy');
    expect(describeSlot(p, at(elseOf('check'), 0))).toBe(
      'position 1 of 1 in the else branch of CheckAccuracy',
    );
  });

  it('counts a step carried in from outside a list, so the drag and the drop say the same', () => {
    const p = ok(renameStep(sample(), 'check', 'CheckAccuracy')).pipeline;
    expect(describeDropSlot(p, undefined, at(main, 0))).toBe('position 1 of 5 in the pipeline');
    const [first] = p.steps;
    expect(describeDropSlot(p, first.key, at(main, 2))).toBe('position 3 of 4 in the pipeline');
    expect(describeDropSlot(p, first.key, at(ifOf('check'), 0))).toBe(
      'position 1 of 2 in the if branch of CheckAccuracy',
    );
    expect(describeDropSlot(p, 'register', at(ifOf('check'), 0))).toBe(
      'position 1 of 1 in the if branch of CheckAccuracy',
    );
    const added = ok(addStep(p, 'Training', at(main, 0)));
    expect(describeSlot(added.pipeline, at(main, 0))).toBe('position 1 of 5 in the pipeline');
  });

  it('counts a slot past the end of an empty branch as its only position', () => {
    const p = ok(removeStep(sample(), 'stop')).pipeline;
    expect(describeSlot(p, at(elseOf('check'), 0))).toBe('position 1 of 1 in the else branch of CHECK');
  });
});

describe('properties over random pipelines', () => {
  const pipelines = fc.oneof(
    arbitraryPipeline({ schemaOnly: true }),
    arbitraryPipeline({ schemaOnly: false }),
  );

  /** Every place a step could be dropped, branches included, counted with nothing removed. */
  const dropSlots = (p: BuilderPipeline): Slot[] => [
    ...Array.from({ length: p.steps.length + 1 }, (_, index) => at(main, index)),
    ...p.steps
      .filter((s) => s.type === 'Condition')
      .flatMap((s) =>
        [ifOf(s.key), elseOf(s.key)].flatMap((container) =>
          Array.from({ length: containerSteps(p, container).length + 1 }, (_, index) => at(container, index)),
        ),
      ),
  ];
  const pick = <T>(items: readonly T[], seed: number): T | undefined =>
    items[seed % Math.max(items.length, 1)];

  it('moving a step by one through all its slots and back returns the original pipeline', () => {
    fc.assert(
      fc.property(pipelines, fc.nat(), (p, seed) => {
        const moving = pick(allSteps(p), seed);
        if (!moving) return;
        const key = moving.step.key;
        const slots = slotsFor(p, key);
        const start = slots.findIndex((slot) => JSON.stringify(slot) === JSON.stringify(moving.slot));
        expect(start).toBeGreaterThanOrEqual(0);
        let current = p;
        const walk = (direction: -1 | 1, times: number) => {
          for (let i = 0; i < times; i++) current = ok(moveByOne(current, key, direction)).pipeline;
        };
        walk(1, slots.length - 1 - start);
        expect(moveByOne(current, key, 1).ok).toBe(false);
        walk(-1, slots.length - 1);
        expect(moveByOne(current, key, -1).ok).toBe(false);
        walk(1, start);
        expect(layout(current)).toEqual(layout(p));
      }),
    );
  });

  const edit = fc.oneof(
    fc.record({
      op: fc.constant('add' as const),
      type: fc.constantFrom(...pipelineStepTypes.map((t) => t.id)),
      slot: fc.nat(),
    }),
    fc.record({ op: fc.constant('move' as const), step: fc.nat(), slot: fc.nat() }),
    fc.record({
      op: fc.constant('moveByOne' as const),
      step: fc.nat(),
      direction: fc.constantFrom(-1 as const, 1 as const),
    }),
    fc.record({ op: fc.constant('remove' as const), step: fc.nat() }),
    fc.record({
      op: fc.constant('rename' as const),
      step: fc.nat(),
      name: fc.string({ minLength: 1, maxLength: 8 }),
    }),
  );

  type EditCommand = typeof edit extends fc.Arbitrary<infer C> ? C : never;

  function apply(p: BuilderPipeline, command: EditCommand): EditResult {
    const key = (seed: number) => pick(allSteps(p), seed)?.step.key ?? 'none';
    switch (command.op) {
      case 'add':
        return addStep(p, command.type, pick(dropSlots(p), command.slot) ?? at(main, 0));
      case 'move':
        return moveStep(p, key(command.step), pick(dropSlots(p), command.slot) ?? at(main, 0));
      case 'moveByOne':
        return moveByOne(p, key(command.step), command.direction);
      case 'remove':
        return removeStep(p, key(command.step));
      case 'rename':
        return renameStep(p, key(command.step), command.name);
    }
  }

  it('random edit sequences keep keys unique and never nest conditions', () => {
    fc.assert(
      fc.property(pipelines, fc.array(edit, { maxLength: 25 }), (start, commands) => {
        let p = start;
        for (const command of commands) {
          const result = apply(p, command);
          if (!result.ok) continue;
          p = result.pipeline;
          const placed = allSteps(p);
          const keys = placed.map(({ step }) => step.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(result.key === '' || keys.includes(result.key)).toBe(true);
          for (const { step, depth } of placed) {
            if (depth === 1) expect(step.type).not.toBe('Condition');
          }
        }
      }),
    );
  });
});
