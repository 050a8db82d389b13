/**
 * Exports the builder's pipeline as a SageMaker pipeline definition (the JSON `CreatePipeline` takes).
 *
 * Each step gets placeholder Arguments in the request shape of the API it calls, and reads what it
 * needs from the nearest step upstream of it that offers it (a `{"Get": "Steps.<name>…"}` property
 * reference). `DependsOn` lists what the step waits for that no property reference already implies:
 * SageMaker builds the same graph from both, and the list order decides nothing. Property paths follow the
 * SDK (`sagemaker.workflow.properties`: list items as `['key']`) and the Describe* API responses:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps.html
 *
 * The output validates against AWS's published schema except where the schema is wrong for a real
 * run: a Model step reads ModelDataUrl from the step that made the model (the schema accepts only a
 * literal s3:// URI, which would name a file no job writes). Two options go further, as the SDK
 * does: `evaluationReport` (PropertyFiles and `Std:JsonGet`) and `sdkFields` (a RegisterModel
 * step's ModelApprovalStatus, which the schema's RegisterModel lacks).
 */

import { waitsForIn } from './dependencies';
import { referencedSteps } from './graph';
import { findStepType } from '../../data/pipeline-step-types';
import type {
  BuilderPipeline,
  BuilderStep,
  DefinitionParameter,
  DefinitionStep,
  PipelineDefinition,
} from './model';
import {
  parameterDefaults,
  type ExportOptions,
  type Generated,
  type Offers,
  type ParameterName,
  type StepContext,
} from './steps/context';
import { generators } from './steps/families';

export type { ExportOptions } from './steps/context';

/** Every `Get` path in a value, `Std:JsonGet`'s property file included. */
function getPaths(value: unknown, paths: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) getPaths(item, paths);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Get' && typeof item === 'string') paths.push(item);
      else getPaths(item, paths);
    }
  }
  return paths;
}

function namesAfter(prefix: string, value: unknown): Set<string> {
  const pattern = new RegExp(`^${prefix}\\.([A-Za-z0-9\\-_]+)`);
  return new Set(getPaths(value).flatMap((path) => pattern.exec(path)?.[1] ?? []));
}

/** The nearest-first lookup over the offers of the steps upstream, nearest first. */
function finder(upstream: readonly Offers[]): StepContext['find'] {
  return (kind) => upstream.find((offers) => offers[kind] !== undefined)?.[kind];
}

function omit(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

interface Exported {
  step: DefinitionStep;
  offers: Offers;
}

/**
 * Exports one list of steps (the top level, or one branch), in its order. A step reads the offers
 * of the steps of the list upstream of it, nearest first, then `outer` (for a branch: what is
 * upstream of its Condition). So each step is generated after the steps it waits for, whatever
 * their order in the list; in a cycle, a step reads nothing from the steps still being generated.
 */
function exportSequence(
  steps: readonly BuilderStep[],
  outer: readonly Offers[],
  options: ExportOptions,
  inElseBranch: boolean,
): Exported[] {
  const done = new Map<BuilderStep, Exported>();
  const underway = new Set<BuilderStep>();
  const upstreamInList = (step: BuilderStep): BuilderStep[] => {
    const result: BuilderStep[] = [];
    const seen = new Set([step]);
    for (let frontier = [step]; frontier.length > 0;) {
      frontier = frontier
        .flatMap((current) => waitsForIn(steps, current))
        .filter((up) => {
          if (seen.has(up)) return false;
          seen.add(up);
          result.push(up);
          return true;
        });
    }
    return result;
  };
  const exportOne = (step: BuilderStep): Exported => {
    const finished = done.get(step);
    if (finished) return finished;
    underway.add(step);
    const upstream = upstreamInList(step).filter((up) => !underway.has(up));
    const offers = [...upstream.map((up) => exportOne(up).offers), ...outer];
    const names = (list: readonly BuilderStep[]) => list.map((inner) => inner.name);
    const exported = exportStep(
      step,
      { name: step.name, options, inElseBranch, find: finder(offers) },
      offers,
      { waitsFor: names(waitsForIn(steps, step)), upstream: upstream },
    );
    underway.delete(step);
    done.set(step, exported);
    return exported;
  };
  return steps.map(exportOne);
}

/** What a step waits for (names) and the steps of its list upstream of it. */
interface Dependencies {
  waitsFor: string[];
  upstream: readonly BuilderStep[];
}

function exportStep(
  step: BuilderStep,
  ctx: StepContext,
  upstreamOffers: readonly Offers[],
  dependencies: Dependencies,
): Exported {
  const catalogued = findStepType(step.type);
  const generate = generators[step.type];
  const generated: Generated = generate ? generate(ctx, step) : { fields: { Arguments: {} } };
  const { Arguments: generatedArguments, ...generatedFields } = generated.fields;
  // A step whose own Arguments were kept keeps its own fields too: generated ones (PropertyFiles
  // naming an output it may not have, …) would not match what it says. Its check type is the
  // builder's to edit, so that one is written.
  const fields =
    step.kept?.Arguments === undefined
      ? generatedFields
      : Object.fromEntries(Object.entries(generatedFields).filter(([key]) => key === 'CheckType'));
  let args = step.kept?.Arguments ?? generatedArguments;
  let ownArguments = args;
  if (step.type === 'Condition') {
    const branch = (steps: BuilderStep[] | undefined, isElse: boolean) =>
      exportSequence(steps ?? [], upstreamOffers, ctx.options, isElse).map((done) => done.step);
    const kept = step.kept?.Arguments;
    const keptArguments =
      kept !== null && typeof kept === 'object' ? (kept as Record<string, unknown>) : undefined;
    ownArguments = keptArguments ?? generatedArguments;
    // The branches are the builder's, even when the rest of the Arguments came from an import; a
    // Condition imported inside a branch has none of its own in the builder and keeps what it had.
    const own = ownArguments as Record<string, unknown>;
    args = {
      ...own,
      IfSteps: step.ifSteps ? branch(step.ifSteps, false) : (own.IfSteps ?? []),
      ElseSteps: step.elseSteps ? branch(step.elseSteps, true) : (own.ElseSteps ?? []),
    };
  }
  const dependsOn = [
    ...new Set([
      ...unimplied(dependencies, referencedSteps([ownArguments, fields])),
      ...(step.kept?.DependsOn ?? []),
    ]),
  ];
  return {
    step: {
      Name: step.name,
      Type: step.kept?.Type ?? catalogued?.definitionType ?? step.type,
      Arguments: args,
      ...fields,
      ...omit(step.kept?.extra ?? {}, ['Name', 'Type', 'Arguments', 'DependsOn']),
      ...(dependsOn.length > 0 && { DependsOn: dependsOn }),
    },
    offers: generated.offers ?? {},
  };
}

/**
 * The names a step waits for that its property references do not already imply: a reference to a
 * step makes it wait for that step and for everything upstream of it.
 */
function unimplied({ waitsFor, upstream }: Dependencies, referenced: readonly string[]): string[] {
  const byName = new Map(upstream.map((step) => [step.name, step]));
  const implied = new Set<string>();
  for (const name of referenced) {
    implied.add(name);
    const step = byName.get(name);
    if (!step) continue;
    // What is upstream of a referenced step: walk its own waitsFor within the upstream set.
    for (let frontier = [step]; frontier.length > 0;) {
      frontier = frontier
        .flatMap((current) => (current.waitsFor ?? []).map((key) => upstream.find((up) => up.key === key)))
        .filter((up): up is BuilderStep => up !== undefined && !implied.has(up.name));
      for (const up of frontier) implied.add(up.name);
    }
  }
  return waitsFor.filter((name) => !implied.has(name));
}

function parameters(steps: DefinitionStep[], kept: unknown): DefinitionParameter[] {
  const keptParameters = Array.isArray(kept) ? (kept as DefinitionParameter[]) : [];
  const keptNames = new Set(keptParameters.map((parameter) => parameter.Name));
  const used = namesAfter('Parameters', steps);
  const generated = (Object.keys(parameterDefaults) as ParameterName[])
    .filter((name) => used.has(name) && !keptNames.has(name))
    .map((name): DefinitionParameter => ({
      Name: name,
      Type: 'String',
      DefaultValue: parameterDefaults[name],
    }));
  return [...keptParameters, ...generated];
}

export function toDefinition(pipeline: BuilderPipeline, options: ExportOptions = {}): PipelineDefinition {
  const steps = exportSequence(pipeline.steps, [], options, false).map((done) => done.step);
  const kept = pipeline.kept ?? {};
  return {
    Version: '2020-12-01',
    ...omit(kept, ['Version', 'Parameters', 'Steps']),
    Parameters: parameters(steps, kept.Parameters),
    Steps: steps,
  };
}

export function definitionJson(pipeline: BuilderPipeline, options?: ExportOptions): string {
  return JSON.stringify(toDefinition(pipeline, options), null, 2);
}
