/**
 * Import: a tolerant reader of pipeline definitions, as the SageMaker Python SDK writes them
 * (`pipeline.definition()`) or as a reader pastes them.
 *
 * AWS's published schema lags the SDK (see `shared/notes/stack-notes.md`), so the reader takes
 * what it understands (step names, types, check types, Condition branches) and keeps everything
 * else in the model's `kept` fields, so that exporting writes it back. `notes` tells the reader, in
 * plain words, what was kept without being shown and what was skipped.
 *
 * The text is untrusted: size and nesting are checked before `JSON.parse`, `__proto__` keys are
 * dropped while parsing, and nothing here throws.
 */
import { stepTypeIdOf } from '../../data/pipeline-step-types';
import { toDefinition, type ExportOptions } from './definition';
import { checkTypesFor } from './edit';
import { referencedSteps } from './graph';
import type {
  BuilderPipeline,
  BuilderStep,
  CheckType,
  DefinitionStep,
  KeptStepFields,
  PipelineDefinition,
} from './model';
import { unknownStepType } from './model';
import { importLimits, isJsonObject, keyMaker, readJson, type Json } from './json-text';

export type ImportResult =
  { ok: true; pipeline: BuilderPipeline; notes: string[] } | { ok: false; error: string };

/** The only definition version there is (the schema's `Version` enum). */
const definitionVersion = '2020-12-01';

/* ---- Reading a definition ---- */

/** The fields of a step the builder models; every other field is kept as it is. */
const modelledStepFields = new Set(['Name', 'Type', 'Arguments', 'DependsOn']);

interface Reading {
  skipped: string[];
  nextKey: () => string;
  stepCount: number;
  /** What each read step names as its dependencies: its DependsOn, and the steps its Arguments read. */
  wants: Map<BuilderStep, { dependsOn: string[]; references: string[] }>;
}

/**
 * The definition in `text` as a builder pipeline, with notes on what was kept and skipped.
 * `options` are the ones the pipeline will be exported with: kept fields that they would generate
 * exactly are dropped, so the step becomes editable and the export stays the same.
 */
export function importDefinition(text: string, options: ExportOptions = {}): ImportResult {
  const json = readJson(text, importLimits);
  if (!json.ok) return json;
  const definition = json.value;
  if (!isJsonObject(definition)) {
    return {
      ok: false,
      error: `A pipeline definition is a JSON object with a "Steps" list; this JSON is ${describeJson(definition)}.`,
    };
  }
  if (!Array.isArray(definition.Steps)) {
    return { ok: false, error: 'This JSON has no "Steps" list, so it is not a pipeline definition.' };
  }

  const reading: Reading = { skipped: [], nextKey: keyMaker(), stepCount: 0, wants: new Map() };
  if (json.droppedProtoKeys > 0) {
    reading.skipped.push(
      `Skipped ${count(json.droppedProtoKeys, 'field')} named "__proto__": no pipeline uses that name, and it can do harm.`,
    );
  }
  if (definition.Version !== undefined && definition.Version !== definitionVersion) {
    reading.skipped.push(
      `Skipped Version ${JSON.stringify(definition.Version)}: the export writes ${definitionVersion}, the only version there is.`,
    );
  }

  const read = definition.Steps.flatMap((raw, index) => {
    const step = readStep(raw, `step ${index + 1}`, reading, 'top');
    return step ? [{ step, dependsOn: dependenciesOf(raw as Json) }] : [];
  });
  if (reading.stepCount > importLimits.maxSteps) {
    return {
      ok: false,
      error: `The definition has ${reading.stepCount} steps; the builder shows at most ${importLimits.maxSteps}.`,
    };
  }
  if (read.length === 0 && definition.Steps.length > 0) {
    return {
      ok: false,
      error: `None of the ${count(definition.Steps.length, 'step')} has both a Name and a Type, so there is nothing to show.`,
    };
  }

  const ordered = dependencyOrder(read);
  const linked = linkDependencies(ordered.steps, reading);
  const kept = Object.fromEntries(
    Object.entries(definition).filter(([field]) => field !== 'Version' && field !== 'Steps'),
  );
  const pipeline = withoutGenerated(
    { steps: linked, ...(Object.keys(kept).length > 0 && { kept }) },
    options,
  );
  return {
    ok: true,
    pipeline,
    notes: [...keptNotes(pipeline), ...ordered.notes, ...reading.skipped],
  };
}

/**
 * A definition step as a builder step, or undefined (with a note) when it has no Name or Type
 * string. Inside a branch (`level` 'branch') a Condition stays one step: its own branches are kept
 * in its Arguments rather than shown, since conditions do not nest.
 */
function readStep(
  raw: unknown,
  where: string,
  reading: Reading,
  level: 'top' | 'branch',
): BuilderStep | undefined {
  if (!isJsonObject(raw) || typeof raw.Name !== 'string' || typeof raw.Type !== 'string') {
    const missing = !isJsonObject(raw)
      ? 'is not a step object'
      : typeof raw.Name !== 'string'
        ? 'has no Name text'
        : 'has no Type text';
    reading.skipped.push(`Skipped ${where}: it ${missing}.`);
    return undefined;
  }
  reading.stepCount++;
  const name = raw.Name;
  const knownType = stepTypeIdOf(raw.Type);
  const type = knownType ?? unknownStepType;
  const checkType = checkTypeOf(type, raw.CheckType);
  const branches = type === 'Condition' && level === 'top' ? readBranches(raw, name, reading) : undefined;
  if (type === 'Condition' && level === 'branch') noteNestedCondition(raw, name, reading);

  const extra = Object.fromEntries(
    Object.entries(raw).filter(
      ([field]) => !modelledStepFields.has(field) && !(field === 'CheckType' && checkType),
    ),
  );
  const ownArguments = branches ? branches.ownArguments : raw.Arguments;
  const kept: KeptStepFields = {
    ...(raw.Arguments !== undefined && { Arguments: ownArguments }),
    ...(!knownType && { Type: raw.Type }),
    ...(Object.keys(extra).length > 0 && { extra }),
  };
  const step: BuilderStep = {
    key: reading.nextKey(),
    type,
    name,
    ...(checkType && { checkType }),
    ...(type === 'Processing' && { purpose: readsAModel(ownArguments) ? 'evaluate' : 'prepare' }),
    ...(branches && { ifSteps: branches.ifSteps, elseSteps: branches.elseSteps }),
    ...(Object.keys(kept).length > 0 && { kept }),
  };
  reading.wants.set(step, {
    dependsOn: stringsOf(raw.DependsOn, name, reading) ?? [],
    references: referencedSteps([ownArguments, extra]),
  });
  return step;
}

/**
 * The steps of one list (and the branches of its Conditions) with what each waits for: the steps
 * of the same list that its DependsOn names or its Arguments read. DependsOn names of steps
 * elsewhere (another list, or no step at all) stay in its kept DependsOn, which the export writes.
 */
function linkDependencies(list: BuilderStep[], reading: Reading): BuilderStep[] {
  const keyOf = new Map<string, string>();
  for (const step of list) if (!keyOf.has(step.name)) keyOf.set(step.name, step.key);
  // A Condition waits for what its branch steps need from this list: in SageMaker they wait for it
  // themselves, and the builder's branch steps can wait only for steps of their own branch.
  const wants = (step: BuilderStep): string[] => {
    const { dependsOn = [], references = [] } = reading.wants.get(step) ?? {};
    const branches = [...(step.ifSteps ?? []), ...(step.elseSteps ?? [])];
    return [...dependsOn, ...references, ...branches.flatMap(wants)];
  };
  const named = new Map(
    list.map((step) => {
      const inList = (name: string) => keyOf.has(name) && name !== step.name;
      return [
        step.key,
        [
          ...new Set(
            wants(step)
              .filter(inList)
              .map((name) => keyOf.get(name) ?? ''),
          ),
        ],
      ];
    }),
  );
  return list.map((step) => {
    const { dependsOn = [] } = reading.wants.get(step) ?? {};
    const inList = (name: string) => keyOf.has(name) && name !== step.name;
    const waitsFor = withoutImplied(named.get(step.key) ?? [], named);
    const elsewhere = [...new Set(dependsOn.filter((name) => !inList(name)))];
    const kept: KeptStepFields = { ...step.kept, ...(elsewhere.length > 0 && { DependsOn: elsewhere }) };
    return {
      ...step,
      waitsFor,
      ...(Object.keys(kept).length > 0 && { kept }),
      ...(step.ifSteps && { ifSteps: linkDependencies(step.ifSteps, reading) }),
      ...(step.elseSteps && { elseSteps: linkDependencies(step.elseSteps, reading) }),
    };
  });
}

/**
 * `waitsFor` without the steps already upstream of another step in it: a step that waits for a
 * check which waits for the data step need not list the data step too. (In a cycle, where each is
 * upstream of the other, both stay.)
 */
function withoutImplied(waitsFor: string[], all: Map<string, string[]>): string[] {
  const upstream = (key: string) => {
    const seen = new Set<string>();
    for (let frontier = all.get(key) ?? []; frontier.length > 0;) {
      frontier = frontier.filter((next) => !seen.has(next));
      frontier.forEach((next) => seen.add(next));
      frontier = frontier.flatMap((next) => all.get(next) ?? []);
    }
    return seen;
  };
  const reach = new Map(waitsFor.map((key) => [key, upstream(key)]));
  return waitsFor.filter(
    (key) =>
      !waitsFor.some((other) => other !== key && reach.get(other)?.has(key) && !reach.get(key)?.has(other)),
  );
}

/**
 * Whether a Processing job's Arguments read a model: a training job's artifacts, or an input
 * mounted where evaluation scripts (and this builder's export) put the model.
 */
function readsAModel(args: unknown): boolean {
  const text = JSON.stringify(args ?? null);
  return text.includes('ModelArtifacts') || text.includes('/opt/ml/processing/model');
}

/** A top-level Condition's IfSteps / ElseSteps as builder steps, and its Arguments without them. */
function readBranches(raw: Json, name: string, reading: Reading) {
  const args = isJsonObject(raw.Arguments) ? raw.Arguments : {};
  const branch = (field: 'IfSteps' | 'ElseSteps') => {
    const list = Array.isArray(args[field]) ? args[field] : [];
    return list.flatMap((inner: unknown, index) => {
      if (typeof inner === 'string') {
        // No SDK version writes a name here: `list_to_request` always writes the step inline.
        reading.skipped.push(
          `Skipped "${short(inner)}" in ${field} of ${short(name)}: a branch holds whole steps, not step names.`,
        );
        return [];
      }
      const step = readStep(inner, `${field} entry ${index + 1} of ${short(name)}`, reading, 'branch');
      return step ? [step] : [];
    });
  };
  const ownArguments = withoutBranches(raw.Arguments);
  return { ifSteps: branch('IfSteps'), elseSteps: branch('ElseSteps'), ownArguments };
}

function noteNestedCondition(raw: Json, name: string, reading: Reading): void {
  const args = isJsonObject(raw.Arguments) ? raw.Arguments : {};
  const inner = ['IfSteps', 'ElseSteps'].reduce(
    (sum, field) => sum + (Array.isArray(args[field]) ? args[field].length : 0),
    0,
  );
  if (inner === 0) return;
  reading.skipped.push(
    `Condition ${short(name)} sits inside another Condition's branch: SDK v2 writes such nesting, but AWS documentation says Pipelines does not support nested Condition steps. The builder shows it without its own branches (${count(inner, 'step')}), which stay in its settings and in the export.`,
  );
}

/** The step's check type when it is one its Type runs; otherwise it stays a kept field. */
function checkTypeOf(type: string, value: unknown): CheckType | undefined {
  return checkTypesFor(type).find((checkType) => checkType === value);
}

/** DependsOn's step names; entries that are not text are skipped with a note. */
function stringsOf(value: unknown, name: string, reading: Reading): string[] | undefined {
  if (value === undefined) return undefined;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const names = list.filter((item): item is string => typeof item === 'string');
  if (names.length < list.length) {
    reading.skipped.push(
      `Skipped ${count(list.length - names.length, 'DependsOn entry', 'DependsOn entries')} of ${short(name)} that ${list.length - names.length === 1 ? 'is' : 'are'} not a step name.`,
    );
  }
  return names;
}

/** The step names a top-level step waits for: DependsOn (its own and its branch steps') and Get references. */
function dependenciesOf(raw: Json): Set<string> {
  const args = isJsonObject(raw.Arguments) ? raw.Arguments : {};
  const branchSteps =
    raw.Type === 'Condition'
      ? [args.IfSteps, args.ElseSteps].flatMap((list) => (Array.isArray(list) ? list : []))
      : [];
  const dependsOn = [raw, ...branchSteps].flatMap((step: unknown) =>
    isJsonObject(step) && Array.isArray(step.DependsOn)
      ? step.DependsOn.filter((item) => typeof item === 'string')
      : [],
  );
  return new Set([...dependsOn, ...referencedSteps(raw.Arguments)]);
}

/**
 * The steps in an order where each comes after the steps it depends on, keeping the file's order
 * wherever it already does (each time, the earliest step whose dependencies are placed goes next).
 * With a cycle the file's order stays, and the checks flag the cycle.
 */
function dependencyOrder(read: { step: BuilderStep; dependsOn: Set<string> }[]): {
  steps: BuilderStep[];
  notes: string[];
} {
  const fileOrder = read.map(({ step }) => step);
  const names = new Set(fileOrder.map((step) => step.name));
  const waitsFor = read.map(({ step, dependsOn }) =>
    [...dependsOn].filter((name) => names.has(name) && name !== step.name),
  );
  const placed = new Set<string>();
  const pending = read.map((_, index) => index);
  const order: BuilderStep[] = [];
  while (pending.length > 0) {
    // A name shared by several steps (the checks flag it) counts as placed only once all are.
    const unplaced = new Set(pending.map((index) => fileOrder[index].name));
    const next = pending.findIndex((index) =>
      waitsFor[index].every((name) => !unplaced.has(name) || placed.has(name)),
    );
    if (next < 0) {
      return {
        steps: fileOrder,
        notes: [
          "Some steps depend on each other in a cycle, so they stay in the file's order; the checks point out the cycle.",
        ],
      };
    }
    const [index] = pending.splice(next, 1);
    order.push(fileOrder[index]);
    if (!pending.some((other) => fileOrder[other].name === fileOrder[index].name))
      placed.add(fileOrder[index].name);
  }
  const moved = order.some((step, index) => step !== fileOrder[index]);
  return {
    steps: order,
    notes: moved
      ? [
          'Listed the steps in an order where each comes after the steps it waits for (the file listed some earlier); the order is only for reading, and what each step waits for is unchanged.',
        ]
      : [],
  };
}

/* ---- Keeping only what the export would not generate ---- */

/**
 * The pipeline without the kept Arguments, other step fields and Parameters that are exactly what
 * `toDefinition` generates in their place (a definition the builder exported, read back): such
 * steps become fully editable, and exporting again writes the same JSON. (Kept DependsOn names
 * steps the builder cannot link, so nothing generates them.)
 *
 * Arguments first (other fields do not change how they are generated); then other fields and
 * Parameters, which are generated from the Arguments that remain.
 */
function withoutGenerated(pipeline: BuilderPipeline, options: ExportOptions): BuilderPipeline {
  const generatedArguments = toDefinition(
    mapKept(pipeline, (kept) => without(kept, 'Arguments')),
    options,
  );
  const afterArguments = mapKept(
    pipeline,
    (kept, generated, step) => {
      const own = step.ifSteps ? withoutBranches(generated.Arguments) : generated.Arguments;
      return same(kept.Arguments, own) ? without(kept, 'Arguments') : kept;
    },
    generatedArguments,
  );

  const { Parameters: keptParameters, ...otherKept } = afterArguments.kept ?? {};
  const bare = mapKept({ ...afterArguments, kept: otherKept }, (kept) => without(kept, 'extra'));
  const generated = toDefinition(bare, options);
  const result = mapKept(
    afterArguments,
    (kept, generatedStep) => {
      const extra = Object.entries(kept.extra ?? {}).filter(
        ([field, value]) => !same(value, generatedStep[field]),
      );
      return {
        ...without(kept, 'extra'),
        ...(extra.length > 0 && { extra: Object.fromEntries(extra) }),
      };
    },
    generated,
  );
  const kept =
    keptParameters === undefined || same(keptParameters, generated.Parameters)
      ? otherKept
      : { ...otherKept, Parameters: keptParameters };
  return { ...without(result, 'kept'), ...(Object.keys(kept).length > 0 && { kept }) };
}

/**
 * `p` with each step's kept fields changed by `change`, which also gets the step that `definition`
 * exports in its place: both are visited in document order (each top-level step, then its if
 * steps, then its else steps), so they line up. A step left with no kept fields loses `kept`.
 */
function mapKept(
  p: BuilderPipeline,
  change: (kept: KeptStepFields, generated: DefinitionStep, step: BuilderStep) => KeptStepFields,
  definition?: PipelineDefinition,
): BuilderPipeline {
  const exported = definition ? flatten(definition.Steps) : [];
  let index = 0;
  const visit = (step: BuilderStep): BuilderStep => {
    const generated = exported[index++] ?? { Name: step.name, Type: step.type };
    if (!step.kept) return step;
    const kept = change(step.kept, generated, step);
    return Object.keys(kept).length > 0 ? { ...step, kept } : without(step, 'kept');
  };
  return {
    ...p,
    steps: p.steps.map((step) => {
      const top = visit(step);
      return {
        ...top,
        ...(step.ifSteps && { ifSteps: step.ifSteps.map(visit) }),
        ...(step.elseSteps && { elseSteps: step.elseSteps.map(visit) }),
      };
    }),
  };
}

function flatten(steps: DefinitionStep[]): DefinitionStep[] {
  return steps.flatMap((step) => {
    const args = isJsonObject(step.Arguments) ? step.Arguments : {};
    const branch = (list: unknown) =>
      step.Type === 'Condition' && Array.isArray(list) ? (list as DefinitionStep[]) : [];
    return [step, ...branch(args.IfSteps), ...branch(args.ElseSteps)];
  });
}

function withoutBranches(args: unknown): unknown {
  return isJsonObject(args) ? without(args, 'IfSteps', 'ElseSteps') : args;
}

function without<T extends object, K extends keyof T>(record: T, ...fields: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field as K))) as Omit<
    T,
    K
  >;
}

/** Equal as JSON text, field order included, so a dropped field comes back exactly as it was. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/* ---- Notes on what was kept ---- */

/** What the pipeline keeps without showing it, one note per kind of field. */
export function keptNotes(pipeline: BuilderPipeline): string[] {
  const steps = pipeline.steps.flatMap((step) => [step, ...(step.ifSteps ?? []), ...(step.elseSteps ?? [])]);
  const withKept = (has: (kept: KeptStepFields) => boolean) =>
    steps.filter((step) => step.kept && has(step.kept)).map((step) => step.name);
  const notes = Object.keys(pipeline.kept ?? {}).map(
    (field) => `Kept ${field}: the builder does not edit it; it stays in the export.`,
  );
  const args = withKept((kept) => kept.Arguments !== undefined);
  if (args.length > 0) {
    notes.push(
      `Kept the settings (Arguments) of ${nameList(args)} as written: the builder does not edit them; the export writes them back.`,
    );
  }
  const dependsOn = withKept((kept) => kept.DependsOn !== undefined);
  if (dependsOn.length > 0) {
    notes.push(
      `Kept DependsOn entries of ${nameList(dependsOn)} that name no step of the same list (a step elsewhere, or none): the builder cannot show them as dependencies; the export writes them back.`,
    );
  }
  for (const step of steps.filter((inner) => inner.kept?.Type !== undefined)) {
    notes.push(
      `${short(step.name)} has Type "${short(step.kept?.Type ?? '')}", which the builder does not know: it shows as an unknown step, and the export writes its Type back.`,
    );
  }
  // One note per set of fields, so an SDK file with the same fields on many steps stays short.
  const stepsByFields = new Map<string, string[]>();
  for (const step of steps.filter((inner) => inner.kept?.extra)) {
    const fields = Object.keys(step.kept?.extra ?? {})
      .map(short)
      .join(', ');
    stepsByFields.set(fields, [...(stepsByFields.get(fields) ?? []), step.name]);
  }
  for (const [fields, names] of stepsByFields) {
    notes.push(
      `Kept ${fields} of ${nameList(names)}: the builder does not edit them; they stay in the export.`,
    );
  }
  return notes;
}

/* ---- Small helpers ---- */

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Names for a note: at most five, each shortened. */
function nameList(names: string[]): string {
  const shown = names.slice(0, 5).map(short);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}

/** Untrusted text for a note: shortened, on one line. */
function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 64 ? `${flat.slice(0, 63)}…` : flat;
}
