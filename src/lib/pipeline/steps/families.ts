/**
 * Every step family's definition half, for the walk that assembles a pipeline definition. Each
 * family's SDK code half sits beside it (`<family>.python.ts`, loaded with the Python export only),
 * and so does the table of which SDK argument sets each field (`<family>.sdk.ts`, read by tests).
 * Every step type of the catalogue belongs to exactly one family (a test checks it).
 */

import { automlFamily } from './automl';
import { bedrockFamily } from './bedrock';
import { checksFamily } from './checks';
import { conditionFamily } from './condition';
import type { Generate, StepFamily } from './context';
import { emrFamily } from './emr';
import { endpointsFamily } from './endpoints';
import { lambdaCallbackFamily } from './lambda-callback';
import { modelFamily } from './model';
import { processingFamily } from './processing';
import { trainingFamily } from './training';
import { transformFamily } from './transform';
import { tuningFamily } from './tuning';

export const stepFamilies = {
  processing: processingFamily,
  training: trainingFamily,
  tuning: tuningFamily,
  automl: automlFamily,
  model: modelFamily,
  transform: transformFamily,
  checks: checksFamily,
  condition: conditionFamily,
  lambdaCallback: lambdaCallbackFamily,
  emr: emrFamily,
  endpoints: endpointsFamily,
  bedrock: bedrockFamily,
} satisfies Record<string, StepFamily>;

export type FamilyName = keyof typeof stepFamilies;

/** Each step type's definition generator (a Condition's branches are the walk's). */
export const generators: Record<string, Generate> = Object.assign(
  {},
  ...Object.values(stepFamilies).map((family) => family.generate),
);
