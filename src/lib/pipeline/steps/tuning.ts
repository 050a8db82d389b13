/**
 * The tuning step (`TuningStep`): CreateHyperParameterTuningJob's request in the definition, and
 * the SDK argument that sets each of its fields. The SDK code is in `tuning.python.ts`.
 */

import * as placeholder from '../placeholders';
import {
  keyword,
  sdkWrites,
  stepProperty,
  type Generated,
  type SdkArguments,
  type StdJoin,
  type StepContext,
  type StepFamily,
} from './context';
import { estimatorArguments, trainingJob, under, xgboostHyperParameters } from './training';

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

/** A tuning job's fields as a `HyperparameterTuner` sets them (`sagemaker/tuner.py`). */
const tuningArguments: SdkArguments = {
  'Arguments.HyperParameterTuningJobConfig.Strategy': sdkWrites("strategy defaults to 'Bayesian'"),
  'Arguments.HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type': sdkWrites(
    "objective_type defaults to 'Maximize'",
  ),
  'Arguments.HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName':
    keyword('objective_metric_name'),
  'Arguments.HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs': keyword('max_jobs'),
  'Arguments.HyperParameterTuningJobConfig.ResourceLimits.MaxParallelTrainingJobs':
    keyword('max_parallel_jobs'),
  'Arguments.HyperParameterTuningJobConfig.ParameterRanges': keyword('hyperparameter_ranges'),
  'Arguments.HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType': sdkWrites(
    "early_stopping_type defaults to 'Off'",
  ),
  ...under('Arguments.TrainingJobDefinition.', estimatorArguments),
  'Arguments.TrainingJobDefinition.StaticHyperParameters': keyword('hyperparameters'),
};

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
  sdkArguments: { Tuning: tuningArguments },
};
