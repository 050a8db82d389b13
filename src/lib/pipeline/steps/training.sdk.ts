/**
 * The SDK argument that sets each field of the training job a training, fine-tune, `@step` or
 * notebook job step sends (read by the test that the Python sets what the JSON sets; apart from
 * training.ts, so that the builder's hydration bundle does not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';

/** A training job's fields as an `Estimator` and its `fit` set them (`sagemaker/estimator.py`). */
export const estimatorArguments: SdkArguments = {
  'AlgorithmSpecification.TrainingImage': keyword('image_uri'),
  'AlgorithmSpecification.TrainingInputMode': sdkWrites("input_mode defaults to 'File'"),
  'OutputDataConfig.S3OutputPath': keyword('output_path'),
  'StoppingCondition.MaxRuntimeInSeconds': sdkWrites('max_run defaults to 24 * 60 * 60 seconds'),
  'ResourceConfig.VolumeSizeInGB': sdkWrites('volume_size defaults to 30'),
  'ResourceConfig.InstanceCount': keyword('instance_count'),
  'ResourceConfig.InstanceType': keyword('instance_type'),
  RoleArn: keyword('role', 'the role variable holds the ARN'),
  'InputDataConfig[].ChannelName': keyword('inputs', 'the channel names are the keys of inputs'),
  'InputDataConfig[].ContentType': keyword('content_type'),
  'InputDataConfig[].DataSource.S3DataSource.S3DataType': sdkWrites(
    "TrainingInput's s3_data_type defaults to S3Prefix",
  ),
  'InputDataConfig[].DataSource.S3DataSource.S3Uri': keyword('s3_data'),
  'InputDataConfig[].DataSource.S3DataSource.S3DataDistributionType': sdkWrites(
    "TrainingInput's distribution defaults to FullyReplicated",
  ),
};

/** The same fields under a prefix (`Arguments.`, or a tuning job's `TrainingJobDefinition.`). */
export const under = (prefix: string, fields: SdkArguments): SdkArguments =>
  Object.fromEntries(Object.entries(fields).map(([path, sdk]) => [`${prefix}${path}`, sdk]));

const trainingArguments: SdkArguments = {
  ...under('Arguments.', estimatorArguments),
  'Arguments.HyperParameters': keyword('hyperparameters'),
};

/** What `@step` and NotebookJobStep set of the training job they compile to. */
const codeJobArguments = (kind: '@step' | 'Notebook Job'): SdkArguments => ({
  'Arguments.AlgorithmSpecification.TrainingImage': keyword('image_uri'),
  'Arguments.AlgorithmSpecification.TrainingInputMode': sdkWrites('the job reads its inputs as files'),
  'Arguments.ResourceConfig.InstanceType': keyword('instance_type'),
  'Arguments.ResourceConfig.InstanceCount': sdkWrites(
    kind === '@step' ? 'instance_count defaults to 1' : 'a notebook job runs on one instance',
  ),
  'Arguments.ResourceConfig.VolumeSizeInGB': sdkWrites('volume_size defaults to 30'),
  'Arguments.RoleArn': keyword('role', 'the role variable holds the ARN'),
  ...(kind === '@step'
    ? {
        'Arguments.OutputDataConfig.S3OutputPath': sdkWrites(
          "@step takes no output path: the SDK stores the function's results under its own S3 root " +
            "(the SageMaker config file's S3RootUri, else the session's default bucket)",
        ),
        'Arguments.StoppingCondition.MaxRuntimeInSeconds': sdkWrites(
          'max_runtime_in_seconds defaults to 24 * 60 * 60 seconds',
        ),
        // @step takes no depends_on: get_step(…).add_depends_on adds to it.
        'DependsOn[]': { code: '.add_depends_on(' },
        // The function's arguments, one for each channel, in its call.
        'Arguments.InputDataConfig': { code: '_function(' },
      }
    : {
        'Arguments.OutputDataConfig.S3OutputPath': keyword(
          's3_root_uri',
          'the SDK writes the notebook and its outputs under <root>/<job name>',
        ),
        // Its default is two days: the definition's one day has to be passed.
        'Arguments.StoppingCondition.MaxRuntimeInSeconds': keyword('max_runtime_in_seconds'),
        // The notebook's parameters: papermill sets them in the notebook's parameters cell.
        'Arguments.InputDataConfig': keyword('parameters'),
      }),
});

export const trainingSdkArguments: Record<string, SdkArguments> = {
  Training: trainingArguments,
  FineTune: trainingArguments,
  '@step': codeJobArguments('@step'),
  'Notebook Job': codeJobArguments('Notebook Job'),
};
