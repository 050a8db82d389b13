/** The SDK code of a tuning step: a `HyperparameterTuner` over an `Estimator`, and its fit. */

import { args, call, dig, py, quote, use, type Render, type StepCode } from './code';
import { channels, estimator } from './training.python';

/** The SDK class of each kind of range in `ParameterRanges`. */
const rangeClasses = {
  ContinuousParameterRanges: 'ContinuousParameter',
  IntegerParameterRanges: 'IntegerParameter',
  CategoricalParameterRanges: 'CategoricalParameter',
} as const;

/** The definition's hyperparameter ranges as the tuner's `hyperparameter_ranges` dict. */
function hyperparameterRanges(ranges: unknown, render: Render): string {
  const entries = Object.entries(rangeClasses).flatMap(([kind, cls]) => {
    const list = (dig(ranges, kind) as Record<string, unknown>[] | undefined) ?? [];
    return list.map((range) => {
      use(render, 'sagemaker.tuner', cls);
      const bounds =
        cls === 'CategoricalParameter'
          ? py(range.Values, render)
          : `${pyNumber(range.MinValue, cls)}, ${pyNumber(range.MaxValue, cls)}`;
      const scaling =
        range.ScalingType && range.ScalingType !== 'Auto'
          ? `, scaling_type=${py(range.ScalingType, render)}`
          : '';
      return `${py(range.Name, render)}: ${cls}(${bounds}${scaling})`;
    });
  });
  return `{${entries.join(', ')}}`;
}

/** A range bound (the API writes it as a string) as the number the SDK class takes. */
function pyNumber(value: unknown, cls: string): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return quote(String(value));
  return cls === 'ContinuousParameter' && Number.isInteger(number) ? `${number}.0` : String(number);
}

const tuningStep: StepCode = {
  module: 'sagemaker.workflow.steps',
  setup: (step, _builder, render, variable) => {
    use(render, 'sagemaker.tuner', 'HyperparameterTuner');
    const job = args(step, 'TrainingJobDefinition');
    const config = args(step, 'HyperParameterTuningJobConfig');
    return [
      `estimator_${variable} = ${call('Estimator', estimator(job, render, dig(job, 'StaticHyperParameters')))}`,
      `tuner_${variable} = ${call('HyperparameterTuner', [
        ['estimator', `estimator_${variable}`],
        ['objective_metric_name', py(dig(config, 'HyperParameterTuningJobObjective', 'MetricName'), render)],
        ['hyperparameter_ranges', hyperparameterRanges(dig(config, 'ParameterRanges'), render)],
        ['max_jobs', py(dig(config, 'ResourceLimits', 'MaxNumberOfTrainingJobs') ?? 10, render)],
        ['max_parallel_jobs', py(dig(config, 'ResourceLimits', 'MaxParallelTrainingJobs') ?? 2, render)],
      ])}`,
      `args_${variable} = tuner_${variable}.fit(inputs=${channels(dig(job, 'InputDataConfig'), render)})`,
    ];
  },
  kwargs: (_step, _builder, _render, variable) => [['step_args', `args_${variable}`]],
};

export const tuningCode: Record<string, StepCode> = { Tuning: tuningStep };
