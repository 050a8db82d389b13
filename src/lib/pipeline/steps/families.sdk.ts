import type { SdkArguments } from './context';
import { processingSdkArguments } from './processing.sdk';
import { trainingSdkArguments } from './training.sdk';
import { tuningSdkArguments } from './tuning.sdk';

/** Each step type's SDK arguments, for the test that the Python sets what the JSON sets. */
export const sdkArguments: Record<string, SdkArguments> = {
  ...processingSdkArguments,
  ...trainingSdkArguments,
  ...tuningSdkArguments,
};
