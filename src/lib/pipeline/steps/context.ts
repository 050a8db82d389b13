/**
 * What every step family's definition half shares: the context a step is generated in, what a step
 * offers the steps downstream of it, the pipeline parameters, and how a family says which SDK
 * keyword argument sets each field its JSON writes (the description both halves of a family follow).
 */

import type { BuilderStep, GetReference } from '../model';
import * as placeholder from '../placeholders';

export interface ExportOptions {
  /** The evaluation step declares a property file and the Condition reads it with `Std:JsonGet`. */
  evaluationReport?: boolean;
  /** Where the schema is stricter than the SDK, write what the SDK writes: RegisterModel sets ModelApprovalStatus. */
  sdkFields?: boolean;
}

/** The pipeline parameters the export can use, in the order they are declared. */
export const parameterDefaults = {
  ProcessingInstanceType: placeholder.instanceType,
  TrainingInstanceType: placeholder.instanceType,
  TransformInstanceType: placeholder.instanceType,
  InputData: placeholder.s3Uri('input/data.csv'),
  ModelApprovalStatus: 'PendingManualApproval',
} as const;

export type ParameterName = keyof typeof parameterDefaults;
export type Value = string | GetReference;

/** `Std:Join`: the values (literals and references) joined with `On` when the step runs. */
export interface StdJoin {
  'Std:Join': { On: string; Values: Value[] };
}

/** What a step offers the steps after it. */
export interface Offers {
  trainData?: Value;
  validationData?: Value;
  testData?: Value;
  /** Where the model's artifacts are: a step property, or a URI joined from one. */
  modelData?: Value | StdJoin;
  image?: Value;
  modelName?: Value;
  /** The model's objective metric, for a Condition. */
  metric?: GetReference;
  evaluation?: { step: string; reportUri: string };
  modelPackageArn?: Value;
  endpointConfigName?: Value;
  bedrockModelArn?: Value;
}

export interface StepContext {
  name: string;
  options: ExportOptions;
  /** Inside a Condition's else branch: the branch the condition did not take. */
  inElseBranch: boolean;
  /** The offer of this kind of the nearest step upstream. */
  find<K extends keyof Offers>(kind: K): Offers[K] | undefined;
}

/** The generated part of a step: its Arguments, other step-level fields, and what it offers. */
export interface Generated {
  fields: Record<string, unknown>;
  offers?: Offers;
}

/** A step type's definition generator. */
export type Generate = (ctx: StepContext, step: BuilderStep) => Generated;

export const get = (path: string): GetReference => ({ Get: path });
export const param = (name: ParameterName): GetReference => get(`Parameters.${name}`);
export const stepProperty = (step: string, path: string): GetReference => get(`Steps.${step}.${path}`);
export const inputData = (ctx: StepContext, kind: 'trainData' | 'testData') =>
  ctx.find(kind) ?? param('InputData');

/** The model a step deploys or transforms with when no step upstream made one. */
export const existingModelName = 'existing-model';

/**
 * How the SDK code sets one field of a step's definition, by its path in the step (`Arguments.…`,
 * array items as `[]`): the code that carries its value (`instance_type=`), or, where the SDK code
 * passes nothing, why the SDK writes the same value by itself, or, for the rare field no SDK v2
 * argument can set, why the definition writes it anyway (the code says so too). `derived` says why
 * the value itself is not in the code (the SDK derives it from what the code passes). The test
 * that the Python sets every argument the JSON sets reads these.
 */
export type SdkArgument =
  { code: string; derived?: string } | { sdkWrites: string } | { sdkCannotSet: string };

export type SdkArguments = Record<string, SdkArgument>;

/** The keyword argument that sets a field; `derived`: why its value is not written as such. */
export const keyword = (name: string, derived?: string): SdkArgument => ({
  code: `${name}=`,
  ...(derived && { derived }),
});
export const sdkWrites = (why: string): SdkArgument => ({ sdkWrites: why });
/** A field no SDK v2 argument sets, which the definition writes all the same: why. */
export const sdkCannotSet = (why: string): SdkArgument => ({ sdkCannotSet: why });

/** The fields the walk writes for every step, whatever its family. */
export const walkArguments: SdkArguments = { 'DependsOn[]': keyword('depends_on') };

/** One family of step types: each type's definition generator (its SDK arguments: `<family>.sdk.ts`). */
export interface StepFamily {
  generate: Record<string, Generate>;
}
