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
      // The SDK joins the best job's name into a URI (Std:Join); the schema has no place for that.
      modelData: { uri: placeholder.s3Uri(`${ctx.name}/best-model/model.tar.gz`) },
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

export const tuningFamily: StepFamily = {
  generate: { Tuning: tuning },
  sdkArguments: { Tuning: tuningArguments },
};
