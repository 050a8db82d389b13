/**
 * Steps that run a training job (`TrainingStep`, Fine-tune model) or compile to one (`@step`,
 * `NotebookJobStep`): CreateTrainingJob's request in the definition, and the SDK argument that sets
 * each of its fields. The tuning step reuses the job. The SDK code is in `training.python.ts`.
 */

import * as placeholder from '../placeholders';
import {
  inputData,
  keyword,
  param,
  sdkWrites,
  stepProperty,
  type Generated,
  type Offers,
  type SdkArguments,
  type StepContext,
  type StepFamily,
  type Value,
} from './context';

export function channel(name: string, uri: Value) {
  return {
    ChannelName: name,
    ContentType: 'text/csv',
    DataSource: {
      S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uri, S3DataDistributionType: 'FullyReplicated' },
    },
  };
}

/** CreateTrainingJob's request; HyperParameters are left to the caller (Tuning names them differently). */
export function trainingJob(ctx: StepContext, image: string) {
  const validation = ctx.find('validationData');
  return {
    AlgorithmSpecification: { TrainingImage: image, TrainingInputMode: 'File' },
    OutputDataConfig: { S3OutputPath: placeholder.s3Uri(ctx.name) },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    ResourceConfig: { VolumeSizeInGB: 30, InstanceCount: 1, InstanceType: param('TrainingInstanceType') },
    RoleArn: placeholder.roleArn,
    InputDataConfig: [
      channel('train', inputData(ctx, 'trainData')),
      ...(validation ? [channel('validation', validation)] : []),
    ],
  };
}

export const xgboostHyperParameters = { objective: 'binary:logistic', eval_metric: 'auc', num_round: '100' };

/** The artifacts a training job wrote (`ModelArtifacts.S3ModelArtifacts`). */
function trainedModel(name: string): Offers['modelData'] {
  return stepProperty(name, 'ModelArtifacts.S3ModelArtifacts');
}

function training(ctx: StepContext): Generated {
  const job = trainingJob(ctx, placeholder.images.xgboost);
  const metric = job.InputDataConfig.length > 1 ? placeholder.trainingMetric : 'train:auc';
  return {
    fields: { Arguments: { ...job, HyperParameters: xgboostHyperParameters } },
    offers: {
      modelData: trainedModel(ctx.name),
      image: placeholder.images.xgboost,
      metric: stepProperty(ctx.name, `FinalMetricDataList['${metric}'].Value`),
    },
  };
}

/** `@step` and Notebook Job compile to a training job that runs your code in a Python image. */
function codeAsTrainingJob(ctx: StepContext): Generated {
  return {
    fields: { Arguments: trainingJob(ctx, placeholder.images.sklearn) },
    offers: { modelData: trainedModel(ctx.name), image: placeholder.images.sklearn },
  };
}

/** Fine-tune model: a JumpStart foundation model fine-tuned in a training job on a GPU instance. */
function fineTune(ctx: StepContext): Generated {
  const job = trainingJob(ctx, placeholder.images.huggingFace);
  return {
    fields: {
      Arguments: {
        ...job,
        ResourceConfig: { ...job.ResourceConfig, InstanceType: placeholder.gpuInstanceType },
        HyperParameters: { epoch: '3', instruction_tuned: 'True' },
      },
    },
    offers: { modelData: trainedModel(ctx.name), image: placeholder.images.huggingFace },
  };
}

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

export const trainingFamily: StepFamily = {
  generate: {
    Training: training,
    FineTune: fineTune,
    '@step': codeAsTrainingJob,
    'Notebook Job': codeAsTrainingJob,
  },
  sdkArguments: {
    Training: trainingArguments,
    FineTune: trainingArguments,
    '@step': codeJobArguments('@step'),
    'Notebook Job': codeJobArguments('Notebook Job'),
  },
};
