/**
 * The SDK code of the steps that run a training job: `TrainingStep` (an `Estimator`'s fit, also
 * for Fine-tune model), the `@step` decorator and `NotebookJobStep`.
 */

import type { DefinitionStep } from '../model';
import { args, call, dig, py, snake, use, type Render, type StepCode } from './code';

export function channels(value: unknown, render: Render): string {
  const list = (value as { ChannelName: string; DataSource: { S3DataSource: { S3Uri: unknown } } }[]) ?? [];
  use(render, 'sagemaker.inputs', 'TrainingInput');
  const items = list.map(
    (item) =>
      `${py(item.ChannelName, render)}: TrainingInput(s3_data=${py(item.DataSource.S3DataSource.S3Uri, render)}, content_type='text/csv')`,
  );
  return `{${items.join(', ')}}`;
}

export function estimator(job: unknown, render: Render, hyperParameters: unknown): [string, string][] {
  use(render, 'sagemaker.estimator', 'Estimator');
  return [
    ['image_uri', py(dig(job, 'AlgorithmSpecification', 'TrainingImage'), render)],
    ['role', 'role'],
    ['instance_count', '1'],
    ['instance_type', py(dig(job, 'ResourceConfig', 'InstanceType'), render)],
    ['output_path', py(dig(job, 'OutputDataConfig', 'S3OutputPath'), render)],
    ...(hyperParameters ? ([['hyperparameters', py(hyperParameters, render)]] as [string, string][]) : []),
    ['sagemaker_session', 'pipeline_session'],
  ];
}

const trainingStep: StepCode = {
  module: 'sagemaker.workflow.steps',
  setup: (step, _builder, render, variable) => [
    '# The SDK adds its own defaults to the training job (DebugHookConfig, where the Region has',
    '# SageMaker Debugger) that the definition JSON leaves out.',
    `estimator_${variable} = ${call('Estimator', estimator(step.Arguments, render, args(step, 'HyperParameters')))}`,
    `args_${variable} = estimator_${variable}.fit(inputs=${channels(args(step, 'InputDataConfig'), render)})`,
  ],
  kwargs: (_step, _builder, _render, variable) => [['step_args', `args_${variable}`]],
};

/**
 * `@step` is a decorator: the step is the call of the decorated function. Its `depends_on` cannot
 * be set; `get_step(...).add_depends_on` adds to it (`sagemaker/workflow/function_step.py`).
 */
function functionStep(step: DefinitionStep, render: Render, variable: string): string[] {
  use(render, 'sagemaker.workflow.function_step', 'step');
  const instanceType = py(args(step, 'ResourceConfig', 'InstanceType'), render);
  const dependsOn = step.DependsOn ?? [];
  if (dependsOn.length > 0) use(render, 'sagemaker.workflow.step_outputs', 'get_step');
  // The data the job reads, as the function's arguments: the SDK resolves a step property or a
  // parameter passed to the call when the step runs.
  const data = channelUris(step).map(([channel, uri]) => [snake(channel), py(uri, render)]);
  return [
    `@step(name=${py(step.Name, render)}, role=role, instance_type=${instanceType}, image_uri=${py(args(step, 'AlgorithmSpecification', 'TrainingImage'), render)})`,
    `def ${variable}_function(${data.map(([parameter]) => parameter).join(', ')}):`,
    '    ...  # your Python code; the return value is stored in Amazon S3',
    `${variable} = ${variable}_function(${data.map(([parameter, value]) => `${parameter}=${value}`).join(', ')})`,
    ...(dependsOn.length > 0 ? [`get_step(${variable}).add_depends_on(${py(dependsOn, render)})`] : []),
  ];
}

/** The data a job compiled from your code reads: its channels' S3 URIs, by channel name. */
function channelUris(step: DefinitionStep): [string, unknown][] {
  const list = (args(step, 'InputDataConfig') as { ChannelName: string; DataSource?: unknown }[]) ?? [];
  return list.map((item) => [item.ChannelName, dig(item, 'DataSource', 'S3DataSource', 'S3Uri')]);
}

/** A notebook run as a job: its parameters (papermill's) carry the data it reads. */
const notebookJobStep: StepCode = {
  module: 'sagemaker.workflow.notebook_job_step',
  kwargs: (step, _builder, render) => {
    const data = channelUris(step);
    return [
      ['input_notebook', "'notebook.ipynb'"],
      ['image_uri', py(args(step, 'AlgorithmSpecification', 'TrainingImage'), render)],
      ['kernel_name', "'python3'"],
      ['instance_type', py(args(step, 'ResourceConfig', 'InstanceType'), render)],
      ['role', 'role'],
      ['s3_root_uri', py(args(step, 'OutputDataConfig', 'S3OutputPath'), render)],
      ['max_runtime_in_seconds', py(args(step, 'StoppingCondition', 'MaxRuntimeInSeconds'), render)],
      ...(data.length > 0
        ? ([['parameters', py(Object.fromEntries(data), render)]] as [string, string][])
        : []),
    ];
  },
};

export const trainingCode: Record<string, StepCode> = {
  Training: trainingStep,
  FineTune: trainingStep,
  '@step': { standalone: functionStep, inPipeline: true },
  'Notebook Job': notebookJobStep,
};
