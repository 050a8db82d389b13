import { automlSdkArguments } from './automl.sdk';
import { bedrockSdkArguments } from './bedrock.sdk';
import { checksSdkArguments } from './checks.sdk';
import { conditionSdkArguments } from './condition.sdk';
import type { SdkArguments } from './context';
import { emrSdkArguments } from './emr.sdk';
import { endpointsSdkArguments } from './endpoints.sdk';
import type { FamilyName } from './families';
import { lambdaCallbackSdkArguments } from './lambda-callback.sdk';
import { modelSdkArguments } from './model.sdk';
import { processingSdkArguments } from './processing.sdk';
import { trainingSdkArguments } from './training.sdk';
import { transformSdkArguments } from './transform.sdk';
import { tuningSdkArguments } from './tuning.sdk';

/** Each family's SDK arguments by step type, for the test that the Python sets what the JSON sets. */
export const familySdkArguments: Record<FamilyName, Record<string, SdkArguments>> = {
  processing: processingSdkArguments,
  training: trainingSdkArguments,
  tuning: tuningSdkArguments,
  automl: automlSdkArguments,
  model: modelSdkArguments,
  transform: transformSdkArguments,
  checks: checksSdkArguments,
  condition: conditionSdkArguments,
  lambdaCallback: lambdaCallbackSdkArguments,
  emr: emrSdkArguments,
  endpoints: endpointsSdkArguments,
  bedrock: bedrockSdkArguments,
};

/** Each step type's SDK arguments. */
export const sdkArguments: Record<string, SdkArguments> = Object.assign(
  {},
  ...Object.values(familySdkArguments),
);
