/**
 * Every step family's definition half, for the walk that assembles a pipeline definition. Each
 * family's SDK code half sits beside it (`<family>.python.ts`, loaded with the Python export only),
 * and so does the table of which SDK argument sets each field (`<family>.sdk.ts`, read by tests).
 */

import type { Generate, StepFamily } from './context';
import { processingFamily } from './processing';
import { trainingFamily } from './training';
import { tuningFamily } from './tuning';

export const stepFamilies: readonly StepFamily[] = [processingFamily, trainingFamily, tuningFamily];

/** Each step type's definition generator (Condition's branches are the walk's). */
export const generators: Record<string, Generate> = Object.assign(
  {},
  ...stepFamilies.map((family) => family.generate),
);
