/**
 * Every step family's definition half, for the walk that assembles a pipeline definition and for
 * the test that the Python sets what the JSON sets. Each family's SDK code half sits beside it
 * (`<family>.python.ts`) and loads with the Python export only.
 */

import type { Generate, SdkArguments, StepFamily } from './context';
import { processingFamily } from './processing';
import { trainingFamily } from './training';
import { tuningFamily } from './tuning';

export const stepFamilies: readonly StepFamily[] = [processingFamily, trainingFamily, tuningFamily];

/** Each step type's definition generator (Condition's branches are the walk's). */
export const generators: Record<string, Generate> = Object.assign(
  {},
  ...stepFamilies.map((family) => family.generate),
);

/** Each step type's SDK arguments. */
export const sdkArguments: Record<string, SdkArguments> = Object.assign(
  {},
  ...stepFamilies.map((family) => family.sdkArguments),
);
