/**
 * The AutoML step (`AutoMLStep`): CreateAutoMLJob's request in the definition, Autopilot's best
 * candidate as the model it offers. The SDK code is in `automl.python.ts`, the arguments in `automl.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { inputData, stepProperty, type Generated, type StepContext, type StepFamily } from './context';

function autoML(ctx: StepContext): Generated {
  const best = 'BestCandidate.InferenceContainers[0]';
  return {
    fields: {
      Arguments: {
        AutoMLJobConfig: {
          Mode: 'ENSEMBLING',
          CompletionCriteria: { MaxCandidates: 10, MaxAutoMLJobRuntimeInSeconds: 3600 },
        },
        InputDataConfig: [
          {
            ChannelType: 'training',
            ContentType: 'text/csv;header=present',
            CompressionType: 'None',
            TargetAttributeName: placeholder.targetColumn,
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: inputData(ctx, 'trainData') } },
          },
        ],
        OutputDataConfig: { S3OutputPath: placeholder.s3Uri(ctx.name) },
        RoleArn: placeholder.roleArn,
        ProblemType: 'BinaryClassification',
        AutoMLJobObjective: { MetricName: 'AUC' },
      },
    },
    offers: {
      modelData: stepProperty(ctx.name, `${best}.ModelDataUrl`),
      image: stepProperty(ctx.name, `${best}.Image`),
      metric: stepProperty(ctx.name, 'BestCandidate.FinalAutoMLJobObjectiveMetric.Value'),
    },
  };
}

export const automlFamily: StepFamily = {
  generate: { AutoML: autoML },
};
