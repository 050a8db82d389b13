/**
 * The builder's editing operations: pure functions from a pipeline to a new pipeline (the input is
 * never changed), so the island can keep every version in its undo history.
 *
 * Slots: a branch container names its Condition by the Condition step's `key`. A slot's index
 * counts positions in the target container *after the moving step has been taken out*, which is
 * what a drag measures (the dragged step leaves its place) and makes a step's own slot one of its
 * targets. So the slots a step can move to are the same wherever it currently sits.
 */
import { findStepType } from '../../data/pipeline-step-types';
import { positionText } from '../reorder';
import { neverWaitedFor, possibleDependencies, waitsForIn } from './dependencies';
import type {
  BuilderPipeline,
  BuilderStep,
  CheckType,
  Container,
  KeptStepFields,
  ProcessingPurpose,
  Slot,
} from './model';
import { stepNamePattern } from './model';

export type EditResult = { ok: true; pipeline: BuilderPipeline; key: string } | { ok: false; error: string };

export interface PlacedStep {
  step: BuilderStep;
  slot: Slot;
}

const main: Container = { kind: 'main' };

/** The checks a step of this type can run; empty for types without a check. */
export function checkTypesFor(type: string): readonly CheckType[] {
  if (type === 'ClarifyCheck') return ['DATA_BIAS', 'MODEL_BIAS', 'MODEL_EXPLAINABILITY'];
  if (type === 'QualityCheck') return ['DATA_QUALITY', 'MODEL_QUALITY'];
  return [];
}

/* ---- Reading ---- */

/** The steps of a container; empty for a branch whose Condition does not exist. */
export function containerSteps(p: BuilderPipeline, container: Container): BuilderStep[] {
  if (container.kind === 'main') return p.steps;
  const condition = conditionOf(p, container.condition);
  if (!condition) return [];
  return (container.branch === 'if' ? condition.ifSteps : condition.elseSteps) ?? [];
}

/** Every step in document order: each Condition, then its if steps, then its else steps. */
export function allSteps(p: BuilderPipeline): (PlacedStep & { depth: 0 | 1 })[] {
  return p.steps.flatMap((step, index) => [
    { step, slot: { container: main, index }, depth: 0 as const },
    ...branchesOf(step).flatMap(({ container, steps }) =>
      steps.map((inner, innerIndex) => ({
        step: inner,
        slot: { container, index: innerIndex },
        depth: 1 as const,
      })),
    ),
  ]);
}

export function findStep(p: BuilderPipeline, key: string): PlacedStep | undefined {
  const found = allSteps(p).find((placed) => placed.step.key === key);
  return found && { step: found.step, slot: found.slot };
}

/**
 * Every slot the step may move to, in document order: each position of the main list and, before
 * the position after each Condition, that Condition's if positions then its else positions. A
 * Condition step gets main-list positions only. The step's current slot is among them. Empty for
 * an unknown key.
 */
export function slotsFor(p: BuilderPipeline, key: string): Slot[] {
  const found = findStep(p, key);
  if (!found) return [];
  const rest = takeOut(p, found.slot);
  const mayEnterBranch = found.step.type !== 'Condition';
  return [
    ...rest.steps.flatMap((step, index) => [
      { container: main, index },
      ...(mayEnterBranch ? branchesOf(step) : []).flatMap(({ container, steps }) =>
        positions(steps.length).map((position) => ({ container, index: position })),
      ),
    ]),
    { container: main, index: rest.steps.length },
  ];
}

/**
 * What a screen reader hears for a step at `slot` in `p`: "position 3 of 5 in the pipeline",
 * "position 1 of 1 in the if branch of CheckAccuracy". Meant for a pipeline that holds the step
 * there (call it after the move); a slot past the end counts itself, so an empty branch reads
 * "position 1 of 1".
 */
export function describeSlot(p: BuilderPipeline, slot: Slot, arriving = false): string {
  const steps = containerSteps(p, slot.container).length + (arriving ? 1 : 0);
  const count = Math.max(steps, slot.index + 1);
  const position = `position ${positionText(slot.index, count)}`;
  if (slot.container.kind === 'main') return `${position} in the pipeline`;
  const condition = conditionOf(p, slot.container.condition);
  return `${position} in the ${slot.container.branch} branch of ${condition?.name ?? 'a removed Condition'}`;
}

/**
 * Words for a slot while a step is carried over it: a new step (no `key`) or one from another
 * list adds one to that list's count, so "position 1 of 5" while dragging matches the drop.
 */
export function describeDropSlot(p: BuilderPipeline, key: string | undefined, slot: Slot): string {
  const from = key === undefined ? undefined : findStep(p, key)?.slot.container;
  return describeSlot(p, slot, !from || !sameContainer(from, slot.container));
}

/* ---- Editing ---- */

/**
 * A new step of catalogue type `type` at `slot`, with a fresh key and a free default name
 * (`Training`, `Training-2`, …). It waits for the step above it (see `defaultWaitsFor`).
 * Conditions start with empty branches; check steps with their data check.
 */
export function addStep(p: BuilderPipeline, type: string, slot: Slot): EditResult {
  const stepType = findStepType(type);
  if (!stepType) return { ok: false, error: `There is no step type called ${type}.` };
  const explicit = withExplicitDependencies(p);
  const step: BuilderStep = {
    key: freshKey(p),
    type,
    name: freeName(p, defaultName(type, stepType.displayName)),
    waitsFor: defaultWaitsFor(containerSteps(explicit, slot.container), slot.index),
    ...(type === 'Condition' && { ifSteps: [], elseSteps: [] }),
    ...(checkTypesFor(type).length > 0 && { checkType: checkTypesFor(type)[0] }),
  };
  const refusal = refusePlacement(p, step, slot);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, pipeline: putIn(explicit, step, slot), key: step.key };
}

/**
 * The step moved to `slot` (index counted without the step, see the module comment). Within its
 * list it keeps what it waits for: the list is a reading order, so moving changes no dependency.
 * Into another list, it waits for the step above its new place, and the steps that waited for it
 * in its old list wait for what it waited for instead.
 */
export function moveStep(p: BuilderPipeline, key: string, slot: Slot): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  const refusal = refusePlacement(p, found.step, slot);
  if (refusal) return { ok: false, error: refusal };
  const explicit = withExplicitDependencies(p);
  const step = findStep(explicit, key)?.step ?? found.step;
  if (sameContainer(found.slot.container, slot.container)) {
    return { ok: true, pipeline: putIn(takeOut(explicit, found.slot), step, slot), key };
  }
  const rest = bypass(takeOut(explicit, found.slot), step);
  const moved = { ...step, waitsFor: defaultWaitsFor(containerSteps(rest, slot.container), slot.index) };
  return { ok: true, pipeline: putIn(rest, moved, slot), key };
}

/** The step moved to the previous (-1) or next (1) slot of `slotsFor`: Move up / Move down. */
export function moveByOne(p: BuilderPipeline, key: string, direction: -1 | 1): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  const slots = slotsFor(p, key);
  const target = slots[slots.findIndex((slot) => sameSlot(slot, found.slot)) + direction];
  if (!target) {
    return {
      ok: false,
      error: `${found.step.name} cannot move ${direction < 0 ? 'up' : 'down'} any further.`,
    };
  }
  return moveStep(p, key, target);
}

/**
 * The pipeline without the step (a Condition goes with its branches). The result's key is the step
 * that focus can move to: the one now in its place, else the one before it in the same list, else
 * the Condition whose branch is now empty, else '' (the pipeline is empty).
 */
export function removeStep(p: BuilderPipeline, key: string): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  const explicit = withExplicitDependencies(p);
  const pipeline = bypass(takeOut(explicit, found.slot), findStep(explicit, key)?.step ?? found.step);
  const { container, index } = found.slot;
  const siblings = containerSteps(pipeline, container);
  const next = siblings[index] ?? siblings[index - 1];
  const holder = container.kind === 'branch' ? container.condition : '';
  return { ok: true, pipeline, key: next?.key ?? holder };
}

/**
 * The step renamed to the trimmed `name`, and every reference to its old name in other steps'
 * kept `Arguments` (`{"Get": "Steps.<old>.…"}`, including `Std:JsonGet` property files) and kept
 * `DependsOn` rewritten. Invalid and duplicate names are allowed (the checks flag them); an empty
 * one is refused, since references could not follow it.
 */
export function renameStep(p: BuilderPipeline, key: string, name: string): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  const newName = name.trim();
  if (newName === '') return { ok: false, error: 'A step needs a name.' };
  const oldName = found.step.name;
  if (newName === oldName) return { ok: true, pipeline: p, key };
  const pipeline = mapSteps(p, (step) => {
    const kept = step.kept && renameReferences(step.kept, oldName, newName);
    return { ...step, ...(kept && { kept }), ...(step.key === key && { name: newName }) };
  });
  return { ok: true, pipeline, key };
}

/**
 * What is wrong with `draft` as the new name of step `key`, checked as the reader types (the same
 * rules the checks apply once the name is set), or undefined when SageMaker would take it.
 */
export function nameProblem(p: BuilderPipeline, key: string, draft: string): string | undefined {
  const name = draft.trim();
  if (name === '') return 'A step needs a name.';
  if (!stepNamePattern.test(name)) {
    return `"${name}" is not a valid step name: use 1 to 64 letters, digits, - or _.`;
  }
  if (allSteps(p).some(({ step }) => step.key !== key && step.name === name)) {
    return `Another step is already named ${name}.`;
  }
  return undefined;
}

/** The check a ClarifyCheck or QualityCheck step runs; refused when the type cannot run it. */
export function setCheckType(p: BuilderPipeline, key: string, checkType: CheckType): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  const allowed = checkTypesFor(found.step.type);
  if (!allowed.includes(checkType)) {
    const options = allowed.length > 0 ? `: it runs ${allowed.join(', ')}` : '';
    return { ok: false, error: `${found.step.name} cannot run a ${checkType} check${options}.` };
  }
  return {
    ok: true,
    pipeline: mapSteps(p, (step) => (step.key === key ? { ...step, checkType } : step)),
    key,
  };
}

/**
 * `key` made to wait (`on`) or no longer wait for `other`, a step of its own list. Refused when
 * SageMaker would refuse it (a Fail or Condition step) or it would close a circle.
 */
export function setWaitsFor(p: BuilderPipeline, key: string, other: string, on: boolean): EditResult {
  const found = findStep(p, key);
  const target = findStep(p, other);
  if (!found) return missing(key);
  if (!target) return missing(other);
  const explicit = withExplicitDependencies(p);
  const current = findStep(explicit, key)?.step.waitsFor ?? [];
  if (on && !current.includes(other)) {
    if (!possibleDependencies(explicit, key).some((step) => step.key === other)) {
      return { ok: false, error: whyNotWaitFor(found.step, target.step) };
    }
  }
  const waitsFor = on ? [...new Set([...current, other])] : current.filter((inner) => inner !== other);
  return {
    ok: true,
    pipeline: mapSteps(explicit, (step) => (step.key === key ? { ...step, waitsFor } : step)),
    key,
  };
}

/**
 * `key` made to start alongside `other`, a step it waits for: it waits for what `other` waits for
 * instead, so both start together.
 */
export function startAlongside(p: BuilderPipeline, key: string, other: string): EditResult {
  const explicit = withExplicitDependencies(p);
  const found = findStep(explicit, key);
  const target = findStep(explicit, other);
  if (!found) return missing(key);
  if (!target || !found.step.waitsFor?.includes(other)) {
    return { ok: false, error: `${found.step.name} does not wait for that step.` };
  }
  const waitsFor = [
    ...new Set(
      found.step.waitsFor.flatMap((inner) => (inner === other ? (target.step.waitsFor ?? []) : [inner])),
    ),
  ];
  return {
    ok: true,
    pipeline: mapSteps(explicit, (step) => (step.key === key ? { ...step, waitsFor } : step)),
    key,
  };
}

/** What a Processing step's job does; refused for other step types. */
export function setPurpose(p: BuilderPipeline, key: string, purpose: ProcessingPurpose): EditResult {
  const found = findStep(p, key);
  if (!found) return missing(key);
  if (found.step.type !== 'Processing') {
    return {
      ok: false,
      error: `${found.step.name} is not a Processing step, so it has no purpose to choose.`,
    };
  }
  return { ok: true, pipeline: mapSteps(p, (step) => (step.key === key ? { ...step, purpose } : step)), key };
}

/** `p` with every step's `waitsFor` written out (old data leaves it to its place in the list). */
export function withExplicitDependencies(p: BuilderPipeline): BuilderPipeline {
  const explicit = (list: BuilderStep[]) =>
    list.map((step) =>
      step.waitsFor ? step : { ...step, waitsFor: waitsForIn(list, step).map((inner) => inner.key) },
    );
  return {
    ...p,
    steps: explicit(p.steps).map((step) => ({
      ...step,
      ...(step.ifSteps && { ifSteps: explicit(step.ifSteps) }),
      ...(step.elseSteps && { elseSteps: explicit(step.elseSteps) }),
    })),
  };
}

/* ---- Helpers ---- */

/**
 * What a step put at `index` of `list` waits for: the step above it, the common case; when that
 * is a Fail or Condition step, which no step may wait for, what that step waits for (so it starts
 * alongside it). Nothing for the first step of a list.
 */
function defaultWaitsFor(list: readonly BuilderStep[], index: number): string[] {
  const above = list[Math.min(index, list.length) - 1];
  if (!above) return [];
  return neverWaitedFor.has(above.type) ? [...(above.waitsFor ?? [])] : [above.key];
}

/** `p` with the steps that waited for `gone` (no longer in their list) waiting for what it waited for. */
function bypass(p: BuilderPipeline, gone: BuilderStep): BuilderPipeline {
  return mapSteps(p, (step) =>
    step.waitsFor?.includes(gone.key)
      ? {
          ...step,
          waitsFor: [
            ...new Set(step.waitsFor.flatMap((key) => (key === gone.key ? (gone.waitsFor ?? []) : [key]))),
          ].filter((key) => key !== step.key),
        }
      : step,
  );
}

function whyNotWaitFor(step: BuilderStep, other: BuilderStep): string {
  if (other.type === 'Fail')
    return `No step can wait for the Fail step ${other.name}: SageMaker refuses a Fail step in DependsOn.`;
  if (other.type === 'Condition') {
    return `No step can wait for the Condition step ${other.name}: put the step in one of its branches instead.`;
  }
  if (other.key === step.key) return `${step.name} cannot wait for itself.`;
  return `${step.name} cannot wait for ${other.name}: ${other.name} is not in its list, or already waits for ${step.name}, and steps cannot wait for each other in a circle.`;
}

function sameContainer(a: Container, b: Container): boolean {
  return a.kind === 'main'
    ? b.kind === 'main'
    : b.kind === 'branch' && a.condition === b.condition && a.branch === b.branch;
}

function conditionOf(p: BuilderPipeline, key: string): BuilderStep | undefined {
  return p.steps.find((step) => step.key === key && step.type === 'Condition');
}

function branchesOf(step: BuilderStep): { container: Container; steps: BuilderStep[] }[] {
  if (step.type !== 'Condition') return [];
  return [
    { container: { kind: 'branch', condition: step.key, branch: 'if' }, steps: step.ifSteps ?? [] },
    { container: { kind: 'branch', condition: step.key, branch: 'else' }, steps: step.elseSteps ?? [] },
  ];
}

function positions(length: number): number[] {
  return Array.from({ length: length + 1 }, (_, index) => index);
}

function sameSlot(a: Slot, b: Slot): boolean {
  return sameContainer(a.container, b.container) && a.index === b.index;
}

function missing(key: string): EditResult {
  return { ok: false, error: `There is no step with key ${key} in this pipeline.` };
}

/** Why `step` may not go to `slot`, or undefined when it may. */
function refusePlacement(p: BuilderPipeline, step: BuilderStep, slot: Slot): string | undefined {
  const { container } = slot;
  if (container.kind === 'main') return undefined;
  if (container.condition === step.key) return `${step.name} cannot go inside its own branch.`;
  if (step.type === 'Condition') {
    return `Conditions do not nest: ${step.name} cannot go inside a branch of another Condition step.`;
  }
  if (!conditionOf(p, container.condition))
    return 'That branch belongs to no Condition step in this pipeline.';
  return undefined;
}

/** `p` with `edit` applied to the steps of `container` (a branch of a missing Condition: unchanged). */
function editContainer(
  p: BuilderPipeline,
  container: Container,
  edit: (steps: BuilderStep[]) => BuilderStep[],
): BuilderPipeline {
  if (container.kind === 'main') return { ...p, steps: edit(p.steps) };
  const field = container.branch === 'if' ? 'ifSteps' : 'elseSteps';
  return {
    ...p,
    steps: p.steps.map((step) =>
      step.key === container.condition && step.type === 'Condition'
        ? { ...step, [field]: edit(step[field] ?? []) }
        : step,
    ),
  };
}

function takeOut(p: BuilderPipeline, slot: Slot): BuilderPipeline {
  return editContainer(p, slot.container, (steps) => steps.filter((_, index) => index !== slot.index));
}

/** `p` with `step` inserted at `slot`; an index past either end is clamped to it. */
function putIn(p: BuilderPipeline, step: BuilderStep, slot: Slot): BuilderPipeline {
  return editContainer(p, slot.container, (steps) => {
    const index = Math.min(Math.max(slot.index, 0), steps.length);
    return [...steps.slice(0, index), step, ...steps.slice(index)];
  });
}

/** `p` with every step, top-level and in branches, passed through `change`. */
function mapSteps(p: BuilderPipeline, change: (step: BuilderStep) => BuilderStep): BuilderPipeline {
  return {
    ...p,
    steps: p.steps.map((step) => {
      const changed = change(step);
      return {
        ...changed,
        ...(changed.ifSteps && { ifSteps: changed.ifSteps.map(change) }),
        ...(changed.elseSteps && { elseSteps: changed.elseSteps.map(change) }),
      };
    }),
  };
}

/** `step-<n>` with n one more than any such key in use: deterministic, so renders hydrate alike. */
function freshKey(p: BuilderPipeline): string {
  const numbers = allSteps(p).map(({ step }) => Number(/^step-(\d+)$/.exec(step.key)?.[1] ?? 0));
  return `step-${Math.max(0, ...numbers) + 1}`;
}

/**
 * A type's id when it is a valid step name, otherwise its display name without the bracketed part,
 * in PascalCase (`@step` → `ExecuteCode`, `Notebook Job` → `NotebookJob`).
 */
function defaultName(id: string, displayName: string): string {
  if (stepNamePattern.test(id)) return id;
  return displayName
    .replace(/\(.*?\)/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** `base`, or `base-2`, `base-3`, … : the first that no step of `p` is called. */
function freeName(p: BuilderPipeline, base: string): string {
  const taken = new Set(allSteps(p).map(({ step }) => step.name));
  let name = base;
  for (let suffix = 2; taken.has(name); suffix++) name = `${base}-${suffix}`;
  return name;
}

function renameReferences(kept: KeptStepFields, oldName: string, newName: string): KeptStepFields {
  return {
    ...kept,
    ...(kept.Arguments !== undefined && { Arguments: renameInGets(kept.Arguments, oldName, newName) }),
    ...(kept.DependsOn && { DependsOn: kept.DependsOn.map((name) => (name === oldName ? newName : name)) }),
  };
}

/** A copy of a JSON value with every `Get` string that starts `Steps.<old>` pointing at `new`. */
function renameInGets(value: unknown, oldName: string, newName: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameInGets(item, oldName, newName));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, inner]) => [
      field,
      field === 'Get' && typeof inner === 'string'
        ? renameGet(inner, oldName, newName)
        : renameInGets(inner, oldName, newName),
    ]),
  );
}

function renameGet(get: string, oldName: string, newName: string): string {
  const prefix = `Steps.${oldName}`;
  const rest = get.slice(prefix.length);
  const isReference = get.startsWith(prefix) && (rest === '' || rest.startsWith('.') || rest.startsWith('['));
  return isReference ? `Steps.${newName}${rest}` : get;
}
