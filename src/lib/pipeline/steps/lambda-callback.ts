/**
 * The steps that hand work to something outside SageMaker and wait for its answer: Lambda
 * (`LambdaStep`, a function called with the step's Arguments) and Callback (`CallbackStep`, a
 * message on an Amazon SQS queue). The SDK code is in `lambda-callback.python.ts`, the arguments in
 * `lambda-callback.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { inputData, type Generated, type StepContext, type StepFamily } from './context';

function lambda(ctx: StepContext): Generated {
  const modelPackageArn = ctx.find('modelPackageArn');
  return {
    fields: {
      FunctionArn: placeholder.lambdaArn,
      OutputParameters: [{ OutputName: 'statusCode', OutputType: 'String' }],
      Arguments: { step_name: ctx.name, ...(modelPackageArn && { model_package_arn: modelPackageArn }) },
    },
  };
}

function callback(ctx: StepContext): Generated {
  return {
    fields: {
      SqsQueueUrl: placeholder.sqsQueueUrl,
      OutputParameters: [{ OutputName: 'status', OutputType: 'String' }],
      Arguments: { data_location: inputData(ctx, 'trainData') },
    },
  };
}

export const lambdaCallbackFamily: StepFamily = {
  generate: { Lambda: lambda, Callback: callback },
};
