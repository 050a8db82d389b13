/**
 * The SDK argument that sets each field of a Lambda or Callback step's definition (read by the test
 * that the Python sets what the JSON sets; apart from lambda-callback.ts, so that the builder's
 * hydration bundle does not carry it).
 */

import { keyword, type SdkArguments } from './context';

/** What a step's outputs write (`LambdaOutput`, `CallbackOutput`). */
const outputParameters: SdkArguments = {
  'OutputParameters[].OutputName': keyword('output_name'),
  'OutputParameters[].OutputType': keyword('output_type'),
};

export const lambdaCallbackSdkArguments: Record<string, SdkArguments> = {
  Lambda: {
    FunctionArn: keyword('function_arn'),
    Arguments: keyword('inputs'),
    ...outputParameters,
  },
  Callback: {
    SqsQueueUrl: keyword('sqs_queue_url'),
    Arguments: keyword('inputs'),
    ...outputParameters,
  },
};
