/**
 * Steps that run a training job (`TrainingStep`, Fine-tune model) or compile to one (`@step`,
 * `NotebookJobStep`): CreateTrainingJob's request in the definition, and the SDK argument that sets
 * each of its fields (`training.sdk.ts`). The tuning step reuses the job. The SDK code is in `training.python.ts`.
 */

import * as placeholder from '../placeholders';
import {
  inputData,
  param,
  stepProperty,
  type Generated,
  type Offers,
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

export const trainingFamily: StepFamily = {
  generate: {
    Training: training,
    FineTune: fineTune,
    '@step': codeAsTrainingJob,
    'Notebook Job': codeAsTrainingJob,
  },
};
