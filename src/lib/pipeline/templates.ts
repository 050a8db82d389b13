/**
 * Ready-made pipelines the builder can start from. Each one is clean under the builder's checks
 * (a model is made upstream of where it is created, registered, transformed or checked) and
 * exports a definition that validates against the published schema.
 */

import type { BuilderPipeline, BuilderStep } from './model';

export interface PipelineTemplate {
  id: string;
  title: string;
  description: string;
  pipeline: BuilderPipeline;
}

interface Row {
  type: string;
  name: string;
  checkType?: BuilderStep['checkType'];
  purpose?: BuilderStep['purpose'];
  /** The names of the steps of the same list it waits for; absent: the row above. */
  waitsFor?: string[];
}

/** Steps from rows, keyed 't1', 't2', … in order. */
function stepsOf(rows: readonly Row[], first = 1): BuilderStep[] {
  const keyOf = new Map(rows.map((row, index) => [row.name, `t${first + index}`]));
  return rows.map(({ type, name, checkType, purpose, waitsFor }, index) => ({
    key: `t${first + index}`,
    type,
    name,
    waitsFor: (waitsFor ?? (index > 0 ? [rows[index - 1].name] : [])).map(
      (wanted) => keyOf.get(wanted) ?? '',
    ),
    ...(checkType && { checkType }),
    ...(purpose && { purpose }),
  }));
}

const row = (type: string, name: string, more: Omit<Row, 'type' | 'name'> = {}): Row => ({
  type,
  name,
  ...more,
});

export const pipelineTemplates: readonly PipelineTemplate[] = [
  {
    id: 'classic-mlops',
    title: 'Prepare, train, evaluate, register',
    description:
      'The classic MLOps pipeline: prepare the data, train a model, evaluate it, and register it in Model Registry only if its metric reaches the threshold; otherwise stop with an error.',
    pipeline: {
      steps: [
        ...stepsOf([
          row('Processing', 'PrepareData', { purpose: 'prepare' }),
          row('Training', 'TrainModel'),
          row('Processing', 'EvaluateModel', { purpose: 'evaluate' }),
        ]),
        {
          key: 't4',
          type: 'Condition',
          name: 'CheckAccuracy',
          waitsFor: ['t3'],
          ifSteps: stepsOf([row('RegisterModel', 'RegisterModel')], 5),
          elseSteps: stepsOf([row('Fail', 'StopPipeline')], 6),
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
        row('AutoML', 'AutoPilotTraining'),
        row('Model', 'CreateBestModel'),
        row('RegisterModel', 'RegisterBestModel'),
      ]),
    },
  },
  {
    id: 'quality-and-bias-checks',
    title: 'Quality and bias checks',
    description:
      'Checks the prepared data for quality drift and for bias at the same time (the two checks wait only for the data), trains once both have passed, then checks the trained model for bias before registering it.',
    pipeline: {
      steps: stepsOf([
        row('Processing', 'PrepareData', { purpose: 'prepare' }),
        row('QualityCheck', 'CheckDataQuality', { checkType: 'DATA_QUALITY' }),
        row('ClarifyCheck', 'CheckDataBias', { checkType: 'DATA_BIAS', waitsFor: ['PrepareData'] }),
        row('Training', 'TrainModel', { waitsFor: ['CheckDataQuality', 'CheckDataBias'] }),
        row('Model', 'CreateModel'),
        row('ClarifyCheck', 'CheckModelBias', { checkType: 'MODEL_BIAS' }),
        row('RegisterModel', 'RegisterModel'),
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
        row('Processing', 'PrepareData', { purpose: 'prepare' }),
        row('Training', 'TrainModel'),
        row('Model', 'CreateModel'),
        row('Transform', 'ScoreBatch'),
      ]),
    },
  },
];

export function findTemplate(id: string): PipelineTemplate | undefined {
  return pipelineTemplates.find((template) => template.id === id);
}
