/** The SDK code of an AutoML step: an `AutoML` job's fit, in ENSEMBLING mode as AutoMLStep requires. */

import * as placeholder from '../placeholders';
import type { DefinitionStep } from '../model';
import { args, call, dig, py, use, type Render, type StepCode } from './code';

const targetAttribute = (step: DefinitionStep) =>
  args(step, 'InputDataConfig', 0, 'TargetAttributeName') ?? placeholder.targetColumn;

/**
 * The job's data as `AutoMLInput`, with every field of its `InputDataConfig` entry: the SDK leaves
 * out a channel type or compression it is not given.
 */
function autoMLInput(step: DefinitionStep, render: Render): string {
  const channel = (field: string) => args(step, 'InputDataConfig', 0, field);
  const optional: [string, unknown][] = [
    ['channel_type', channel('ChannelType')],
    ['compression', channel('CompressionType')],
    ['content_type', channel('ContentType')],
  ];
  const kwargs: [string, string][] = [
    ['inputs', py(dig(channel('DataSource'), 'S3DataSource', 'S3Uri'), render)],
    ['target_attribute_name', py(targetAttribute(step), render)],
    ...optional
      .filter(([, value]) => value !== undefined)
      .map(([key, value]): [string, string] => [key, py(value, render)]),
  ];
  return `AutoMLInput(${kwargs.map(([key, value]) => `${key}=${value}`).join(', ')})`;
}

const autoMLStep: StepCode = {
  module: 'sagemaker.workflow.automl_step',
  setup: (step, _builder, render, variable) => {
    use(render, 'sagemaker.automl.automl', 'AutoML', 'AutoMLInput');
    return [
      `automl_${variable} = ${call('AutoML', [
        ['role', 'role'],
        ['target_attribute_name', py(targetAttribute(step), render)],
        ['output_path', py(args(step, 'OutputDataConfig', 'S3OutputPath'), render)],
        ['problem_type', py(args(step, 'ProblemType'), render)],
        ['job_objective', py(args(step, 'AutoMLJobObjective'), render)],
        ['mode', py(args(step, 'AutoMLJobConfig', 'Mode'), render)],
        // The limits on what Autopilot may spend, as the definition sets them.
        ['max_candidates', py(args(step, 'AutoMLJobConfig', 'CompletionCriteria', 'MaxCandidates'), render)],
        [
          'total_job_runtime_in_seconds',
          py(args(step, 'AutoMLJobConfig', 'CompletionCriteria', 'MaxAutoMLJobRuntimeInSeconds'), render),
        ],
        ['sagemaker_session', 'pipeline_session'],
      ])}`,
      `args_${variable} = automl_${variable}.fit(inputs=${autoMLInput(step, render)})`,
    ];
  },
  kwargs: (_step, _builder, _render, variable) => [['step_args', `args_${variable}`]],
};

export const automlCode: Record<string, StepCode> = { AutoML: autoMLStep };
