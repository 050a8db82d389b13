/**
 * Every step family's SDK code half, by family (loaded with the Python export only, as python.ts
 * is): the Python walk dispatches each step to its type's code.
 */

import { automlCode } from './automl.python';
import { bedrockCode } from './bedrock.python';
import { checksCode } from './checks.python';
import type { StepCode } from './code';
import { conditionCode } from './condition.python';
import { emrCode } from './emr.python';
import { endpointsCode } from './endpoints.python';
import type { FamilyName } from './families';
import { lambdaCallbackCode } from './lambda-callback.python';
import { modelCode } from './model.python';
import { processingCode } from './processing.python';
import { trainingCode } from './training.python';
import { transformCode } from './transform.python';
import { tuningCode } from './tuning.python';

export const familyCode: Record<FamilyName, Record<string, StepCode>> = {
  processing: processingCode,
  training: trainingCode,
  tuning: tuningCode,
  automl: automlCode,
  model: modelCode,
  transform: transformCode,
  checks: checksCode,
  condition: conditionCode,
  lambdaCallback: lambdaCallbackCode,
  emr: emrCode,
  endpoints: endpointsCode,
  bedrock: bedrockCode,
};

/** Each step type's SDK code. */
export const stepCode: Record<string, StepCode> = Object.assign({}, ...Object.values(familyCode));
