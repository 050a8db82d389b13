/**
 * Ready-made pipelines the builder can start from. Each one is clean under the builder's checks
 * (a model is made before it is created, registered, transformed or checked) and exports a
 * definition that validates against the published schema.
 */

import type { BuilderPipeline, BuilderStep } from './model';

export interface PipelineTemplate {
  id: string;
  title: string;
  description: string;
  pipeline: BuilderPipeline;
}

/** Steps from [type, name, checkType?] rows, keyed 't1', 't2', … in order. */
function stepsOf(
  rows: readonly (readonly [string, string, BuilderStep['checkType']?])[],
  first = 1,
): BuilderStep[] {
  return rows.map(([type, name, checkType], index) => ({
    key: `t${first + index}`,
    type,
    name,
    ...(checkType && { checkType }),
  }));
}

export const pipelineTemplates: readonly PipelineTemplate[] = [
  {
    id: 'classic-mlops',
    title: 'Prepare, train, evaluate, register',
    description:
      'The classic MLOps pipeline: prepare the data, train a model, evaluate it, and register it in Model Registry only if its metric reaches the threshold; otherwise stop with an error.',
    pipeline: {
      steps: [
        ...stepsOf([
          ['Processing', 'PrepareData'],
          ['Training', 'TrainModel'],
          ['Processing', 'EvaluateModel'],
        ]),
        {
          key: 't4',
          type: 'Condition',
          name: 'CheckAccuracy',
          ifSteps: stepsOf([['RegisterModel', 'RegisterModel']], 5),
          elseSteps: stepsOf([['Fail', 'StopPipeline']], 6),
        },
      ],
    },
  },
  {
    id: 'automl-quick-start',
    title: 'AutoML quick start',
    description:
      'Autopilot trains and ranks candidate models; the best candidate becomes a SageMaker AI model and a new version in Model Registry.',
    pipeline: {
      steps: stepsOf([
        ['AutoML', 'AutoPilotTraining'],
        ['Model', 'CreateBestModel'],
        ['RegisterModel', 'RegisterBestModel'],
      ]),
    },
  },
  {
    id: 'quality-and-bias-checks',
    title: 'Quality and bias checks',
    description:
      'Checks the prepared data for quality drift and bias before training, then checks the trained model for bias before registering it.',
    pipeline: {
      steps: stepsOf([
        ['Processing', 'PrepareData'],
        ['QualityCheck', 'CheckDataQuality', 'DATA_QUALITY'],
        ['ClarifyCheck', 'CheckDataBias', 'DATA_BIAS'],
        ['Training', 'TrainModel'],
        ['Model', 'CreateModel'],
        ['ClarifyCheck', 'CheckModelBias', 'MODEL_BIAS'],
        ['RegisterModel', 'RegisterModel'],
      ]),
    },
  },
  {
    id: 'batch-scoring',
    title: 'Train and score a batch',
    description:
      'Trains a model, creates a SageMaker AI model from it, and runs a batch transform job that scores a whole dataset in Amazon S3; nothing is registered or deployed.',
    pipeline: {
      steps: stepsOf([
        ['Processing', 'PrepareData'],
        ['Training', 'TrainModel'],
        ['Model', 'CreateModel'],
        ['Transform', 'ScoreBatch'],
      ]),
    },
  },
];

export function findTemplate(id: string): PipelineTemplate | undefined {
  return pipelineTemplates.find((template) => template.id === id);
}
