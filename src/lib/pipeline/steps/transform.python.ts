/** The SDK code of a batch transform step: a `Transformer`'s transform. */

import { args, call, py, use, type StepCode } from './code';

const transformStep: StepCode = {
  module: 'sagemaker.workflow.steps',
  setup: (step, _builder, render, variable) => {
    use(render, 'sagemaker.transformer', 'Transformer');
    return [
      `transformer_${variable} = ${call('Transformer', [
        ['model_name', py(args(step, 'ModelName'), render)],
        ['instance_type', py(args(step, 'TransformResources', 'InstanceType'), render)],
        ['instance_count', '1'],
        ['output_path', py(args(step, 'TransformOutput', 'S3OutputPath'), render)],
        ...(args(step, 'TransformOutput', 'AssembleWith')
          ? ([['assemble_with', py(args(step, 'TransformOutput', 'AssembleWith'), render)]] as [
              string,
              string,
            ][])
          : []),
        ['sagemaker_session', 'pipeline_session'],
      ])}`,
      `args_${variable} = transformer_${variable}.transform(data=${py(args(step, 'TransformInput', 'DataSource', 'S3DataSource', 'S3Uri'), render)}, content_type=${py(args(step, 'TransformInput', 'ContentType'), render)}, split_type=${py(args(step, 'TransformInput', 'SplitType'), render)})`,
    ];
  },
  kwargs: (_step, _builder, _render, variable) => [['step_args', `args_${variable}`]],
};

export const transformCode: Record<string, StepCode> = { Transform: transformStep };
