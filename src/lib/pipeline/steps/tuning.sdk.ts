/**
 * The SDK argument that sets each field of a tuning step's definition (read by the test that the
 * Python sets what the JSON sets; apart from tuning.ts, so that the builder's hydration bundle does
 * not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';
import { estimatorArguments, under } from './training.sdk';

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

export const tuningSdkArguments: Record<string, SdkArguments> = { Tuning: tuningArguments };
