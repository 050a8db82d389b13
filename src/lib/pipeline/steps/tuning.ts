/**
 * The tuning step (`TuningStep`): CreateHyperParameterTuningJob's request in the definition, and
 * the SDK argument that sets each of its fields (`tuning.sdk.ts`). The SDK code is in `tuning.python.ts`.
 */

import * as placeholder from '../placeholders';
import { stepProperty, type Generated, type StdJoin, type StepContext, type StepFamily } from './context';
import { trainingJob, xgboostHyperParameters } from './training';

function tuning(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        HyperParameterTuningJobConfig: {
          Strategy: 'Bayesian',
          HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: placeholder.trainingMetric },
          ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
          ParameterRanges: {
            ContinuousParameterRanges: [
              { Name: 'eta', MinValue: '0.1', MaxValue: '0.5', ScalingType: 'Auto' },
            ],
            IntegerParameterRanges: [
              { Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Auto' },
            ],
          },
          TrainingJobEarlyStoppingType: 'Off',
        },
        TrainingJobDefinition: {
          ...trainingJob(ctx, placeholder.images.xgboost),
          StaticHyperParameters: xgboostHyperParameters,
        },
      },
    },
    offers: {
      modelData: bestModel(ctx.name),
      image: placeholder.images.xgboost,
      metric: stepProperty(ctx.name, 'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value'),
    },
  };
}

/**
 * The best training job's model, joined as `TuningStep.get_top_model_s3_uri(top_k=0, …)` joins it
 * (`sagemaker/workflow/steps.py`): each training job writes `<S3OutputPath>/<job name>/output/model.tar.gz`,
 * and the tuning job's output path is `s3://<bucket>/pipeline/<step name>`.
 */
function bestModel(name: string): StdJoin {
  return {
    'Std:Join': {
      On: '/',
      Values: [
        's3:/',
        placeholder.bucket,
        `pipeline/${name}`,
        stepProperty(name, 'TrainingJobSummaries[0].TrainingJobName'),
        'output/model.tar.gz',
      ],
    },
  };
}

export const tuningFamily: StepFamily = {
  generate: { Tuning: tuning },
};
