/** The SDK code of a `LambdaStep` (a `Lambda` by its ARN) and a `CallbackStep` (an SQS queue). */

import { py, use, type StepCode } from './code';

const lambdaStep: StepCode = {
  module: 'sagemaker.workflow.lambda_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.lambda_helper', 'Lambda');
    use(render, 'sagemaker.workflow.lambda_step', 'LambdaOutput', 'LambdaOutputTypeEnum');
    return [];
  },
  kwargs: (step, _builder, render) => [
    ['lambda_func', `Lambda(function_arn=${py(step.FunctionArn, render)})`],
    ['inputs', py(step.Arguments, render)],
    ['outputs', "[LambdaOutput(output_name='statusCode', output_type=LambdaOutputTypeEnum.String)]"],
  ],
};

const callbackStep: StepCode = {
  module: 'sagemaker.workflow.callback_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.workflow.callback_step', 'CallbackOutput', 'CallbackOutputTypeEnum');
    return [];
  },
  kwargs: (step, _builder, render) => [
    ['sqs_queue_url', py(step.SqsQueueUrl, render)],
    ['inputs', py(step.Arguments, render)],
    ['outputs', "[CallbackOutput(output_name='status', output_type=CallbackOutputTypeEnum.String)]"],
  ],
};

export const lambdaCallbackCode: Record<string, StepCode> = { Lambda: lambdaStep, Callback: callbackStep };
