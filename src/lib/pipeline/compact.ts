/**
 * The compact form of a builder pipeline: versioned JSON of the model with short field names and
 * no keys. Saved work (`storage.ts`) and share links (`share.ts`) both hold it, so
 * `parsePipelineModel`, the deep check of that form, guards both against broken, old, newer and
 * hostile values.
 */
import { findStepType } from '../../data/pipeline-step-types';
import { waitsForIn } from './dependencies';
import { checkTypesFor } from './edit';
import { importLimits, isJsonObject, keyMaker } from './json-text';
import type { BuilderPipeline, BuilderStep, CheckType, KeptStepFields, ProcessingPurpose } from './model';
import { unknownStepType } from './model';

/** The format version this code writes and reads. */
export const modelVersion = 1;

/** A step in the compact form. */
export interface CompactStep {
  /** type (catalogue id) */
  t: string;
  /** name */
  n: string;
  /** checkType */
  c?: CheckType;
  /** waitsFor, as positions in the same list (absent in data saved before: see `BuilderStep.waitsFor`) */
  w?: number[];
  /** purpose (Processing) */
  p?: ProcessingPurpose;
  /** ifSteps / elseSteps */
  i?: CompactStep[];
  e?: CompactStep[];
  /** kept Arguments, DependsOn, Type, extra */
  a?: unknown;
  d?: string[];
  y?: string;
  x?: Record<string, unknown>;
}

export interface CompactPipeline {
  v: typeof modelVersion;
  s: CompactStep[];
  /** the pipeline's kept fields */
  k?: Record<string, unknown>;
}

export type ModelResult = { ok: true; pipeline: BuilderPipeline } | { ok: false; error: string };

/* ---- The compact form ---- */

export function compactPipeline(p: BuilderPipeline): CompactPipeline {
  return { v: modelVersion, s: compactList(p.steps), ...(p.kept && { k: p.kept }) };
}

function compactList(list: BuilderStep[]): CompactStep[] {
  const position = new Map(list.map((step, index) => [step.key, index]));
  return list.map((step) =>
    compactStep(
      step,
      waitsForIn(list, step).flatMap((up) => position.get(up.key) ?? []),
    ),
  );
}

function compactStep(step: BuilderStep, waitsFor: number[]): CompactStep {
  const kept = step.kept ?? {};
  return {
    t: step.type,
    n: step.name,
    ...(step.checkType && { c: step.checkType }),
    w: waitsFor,
    ...(step.purpose && { p: step.purpose }),
    ...(step.ifSteps && { i: compactList(step.ifSteps) }),
    ...(step.elseSteps && { e: compactList(step.elseSteps) }),
    ...(kept.Arguments !== undefined && { a: kept.Arguments }),
    ...(kept.DependsOn && { d: kept.DependsOn }),
    ...(kept.Type !== undefined && { y: kept.Type }),
    ...(kept.extra && { x: kept.extra }),
  };
}

/**
 * The pipeline a compact value holds, with fresh keys, or why it holds none. Checks the whole
 * structure: the version, known catalogue types (or an unknown step with its kept Type), text
 * names, check types that fit their step, branches only on top-level Conditions, at most
 * `importLimits.maxSteps` steps.
 */
export function parsePipelineModel(value: unknown): ModelResult {
  if (!isJsonObject(value) || !('v' in value)) return refuse('it holds no pipeline');
  if (value.v !== modelVersion) {
    const newer = typeof value.v === 'number' && value.v > modelVersion;
    return refuse(
      newer ? `it was made by a newer version of this page (format ${value.v})` : 'its format is unknown',
    );
  }
  if (!Array.isArray(value.s)) return refuse('it has no list of steps');
  if (value.k !== undefined && !isJsonObject(value.k))
    return refuse('its pipeline settings are not an object');
  const nextKey = keyMaker();
  const steps: BuilderStep[] = [];
  let count = 0;
  for (const [index, raw] of value.s.entries()) {
    const step = parseStep(raw, `step ${index + 1}`, 'top', nextKey);
    if (typeof step === 'string') return refuse(step);
    count += 1 + (step.ifSteps?.length ?? 0) + (step.elseSteps?.length ?? 0);
    if (count > importLimits.maxSteps) return refuse(`it has more than ${importLimits.maxSteps} steps`);
    steps.push(step);
  }
  const linked = linkPositions(steps, value.s);
  if (typeof linked === 'string') return refuse(linked);
  const migrated = withLegacyPurposes(linked, value.s, false);
  return { ok: true, pipeline: { steps: migrated, ...(value.k && { kept: value.k }) } };
}

/** Step types whose job leaves a trained model behind, as the builder read them before purposes. */
const legacyModelMakers = new Set(['Training', '@step', 'Notebook Job', 'Tuning', 'AutoML']);

/**
 * Saved before the reader chose a Processing step's purpose (no `w` and no `p`), a Processing step
 * evaluated a model whenever a step above it in the document made one; it keeps that role instead
 * of silently becoming data preparation. `modelAbove`: a model-making step came earlier.
 */
function withLegacyPurposes(list: BuilderStep[], raws: unknown[], modelAbove: boolean): BuilderStep[] {
  let seenModel = modelAbove;
  return list.map((step, index) => {
    const raw = raws[index] as Record<string, unknown>;
    const legacy = raw.w === undefined && raw.p === undefined;
    const branches = {
      ...(step.ifSteps && { ifSteps: withLegacyPurposes(step.ifSteps, raw.i as unknown[], seenModel) }),
      ...(step.elseSteps && { elseSteps: withLegacyPurposes(step.elseSteps, raw.e as unknown[], seenModel) }),
    };
    const purpose = legacy && step.type === 'Processing' && seenModel ? { purpose: 'evaluate' as const } : {};
    if (legacyModelMakers.has(step.type)) seenModel = true;
    return { ...step, ...purpose, ...branches };
  });
}

/**
 * The steps of one list with `waitsFor` read from the compact positions (`w`), or what is wrong.
 * Without `w`, saved before dependencies were modelled: a kept DependsOn was then the whole of
 * what the step waited for (so it waits for nothing more); otherwise it waited for the step above.
 */
function linkPositions(list: BuilderStep[], raws: unknown[]): BuilderStep[] | string {
  const linked: BuilderStep[] = [];
  for (const [index, step] of list.entries()) {
    const raw = raws[index] as Record<string, unknown>;
    const w = raw.w;
    if (
      w !== undefined &&
      !(
        Array.isArray(w) &&
        w.every((at) => Number.isInteger(at) && at >= 0 && at < list.length && at !== index)
      )
    ) {
      return `${step.name.slice(0, 64)} waits for steps that are not in its list`;
    }
    const waitsFor = Array.isArray(w)
      ? [...new Set(w.map((at: number) => list[at].key))]
      : raw.d !== undefined
        ? []
        : undefined;
    const branches: Partial<Record<'ifSteps' | 'elseSteps', BuilderStep[]>> = {};
    for (const [field, short] of [
      ['ifSteps', 'i'],
      ['elseSteps', 'e'],
    ] as const) {
      const inner = step[field];
      if (!inner) continue;
      const linkedInner = linkPositions(inner, raw[short] as unknown[]);
      if (typeof linkedInner === 'string') return linkedInner;
      branches[field] = linkedInner;
    }
    linked.push({ ...step, ...(waitsFor && { waitsFor }), ...branches });
  }
  return linked;
}

/** A builder step, or what is wrong with the compact one (a phrase for `refuse`). */
function parseStep(
  raw: unknown,
  where: string,
  level: 'top' | 'branch',
  nextKey: () => string,
): BuilderStep | string {
  if (!isJsonObject(raw)) return `${where} is not a step`;
  const { t: type, n: name, c: checkType } = raw;
  if (typeof name !== 'string') return `${where} has no name`;
  if (typeof type !== 'string') return `${where} has no type`;
  const isUnknown = type === unknownStepType;
  if (!isUnknown && !findStepType(type)) return `${where} has a type this page does not know (${type})`;
  if (isUnknown !== (typeof raw.y === 'string'))
    return `${where} ${isUnknown ? 'has no kept Type' : 'has a kept Type but a known type'}`;
  if (checkType !== undefined && !checkTypesFor(type).includes(checkType as CheckType)) {
    return `${where} has a check type its step cannot run`;
  }
  if (raw.d !== undefined && !(Array.isArray(raw.d) && raw.d.every((item) => typeof item === 'string'))) {
    return `${where} has a DependsOn that is not a list of names`;
  }
  if (raw.x !== undefined && !isJsonObject(raw.x)) return `${where} has other fields that are not an object`;
  if (raw.p !== undefined && (type !== 'Processing' || (raw.p !== 'prepare' && raw.p !== 'evaluate'))) {
    return `${where} has a purpose its step cannot have`;
  }

  const hasBranches = raw.i !== undefined || raw.e !== undefined;
  if (hasBranches && type !== 'Condition') return `${where} has branches but is not a Condition`;
  if (hasBranches && level === 'branch') return `${where} is a Condition with branches inside a branch`;
  const branches: Partial<Record<'ifSteps' | 'elseSteps', BuilderStep[]>> = {};
  for (const [field, list] of [
    ['ifSteps', raw.i],
    ['elseSteps', raw.e],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `${where} has a branch that is not a list`;
    const parsed: BuilderStep[] = [];
    for (const [index, inner] of list.entries()) {
      const step = parseStep(inner, `${where}, branch step ${index + 1},`, 'branch', nextKey);
      if (typeof step === 'string') return step;
      parsed.push(step);
    }
    branches[field] = parsed;
  }

  const kept: KeptStepFields = {
    ...('a' in raw && { Arguments: raw.a }),
    ...(raw.d !== undefined && { DependsOn: raw.d as string[] }),
    ...(typeof raw.y === 'string' && { Type: raw.y }),
    ...(raw.x !== undefined && { extra: raw.x as Record<string, unknown> }),
  };
  return {
    key: nextKey(),
    type,
    name,
    ...(checkType !== undefined && { checkType: checkType as CheckType }),
    ...(raw.p !== undefined && { purpose: raw.p as ProcessingPurpose }),
    ...branches,
    ...(Object.keys(kept).length > 0 && { kept }),
  };
}

function refuse(reason: string): ModelResult {
  return { ok: false, error: `The pipeline cannot be opened: ${reason}.` };
}
