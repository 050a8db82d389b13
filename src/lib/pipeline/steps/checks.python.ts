/**
 * The SDK code of the check steps: a `ClarifyCheckStep` with the Clarify config of its check type,
 * a `QualityCheckStep` with Model Monitor's, each run by a `CheckJobConfig`.
 */

import type { DefinitionStep } from '../model';
import * as placeholder from '../placeholders';
import { args, dig, py, use, type Render, type StepCode } from './code';

function checkJobConfig(render: Render, step: DefinitionStep): string {
  use(render, 'sagemaker.workflow.check_job_config', 'CheckJobConfig');
  return `CheckJobConfig(role=role, instance_count=1, instance_type=${py(args(step, 'ProcessingResources', 'ClusterConfig', 'InstanceType'), render)}, sagemaker_session=pipeline_session)`;
}

const checkKwargs = (step: DefinitionStep, render: Render, variable: string): [string, string][] => [
  ['check_job_config', checkJobConfig(render, step)],
  [`${step.Type === 'ClarifyCheck' ? 'clarify' : 'quality'}_check_config`, `config_${variable}`],
  ['skip_check', 'False'],
  ['register_new_baseline', 'False'],
  ['model_package_group_name', py(step.ModelPackageGroupName, render)],
];

const clarifyConfigs: Record<string, [string, string]> = {
  DATA_BIAS: ['DataBiasCheckConfig', 'data_bias_config=bias_config'],
  MODEL_BIAS: [
    'ModelBiasCheckConfig',
    'data_bias_config=bias_config, model_config=model_config, model_predicted_label_config=ModelPredictedLabelConfig(probability_threshold=0.5)',
  ],
  MODEL_EXPLAINABILITY: [
    'ModelExplainabilityCheckConfig',
    'model_config=model_config, explainability_config=SHAPConfig()',
  ],
};

const analysisConfigFile = '/analysis_config.json';

/**
 * Where the SDK is to upload the analysis config so that it is the file the definition reads: the
 * SDK uploads it as `analysis_config.json` under `s3_analysis_config_output_path`, else under
 * `s3_output_path` (`sagemaker/workflow/clarify_check_step.py`).
 */
function analysisConfigPrefix(inputs: { InputName?: string }[]): string | undefined {
  const uri = dig(
    inputs.find((input) => input.InputName === 'analysis_config'),
    'S3Input',
    'S3Uri',
  );
  if (typeof uri !== 'string' || !uri.endsWith(analysisConfigFile)) return undefined;
  return uri.slice(0, -analysisConfigFile.length);
}

const clarifyStep: StepCode = {
  module: 'sagemaker.workflow.clarify_check_step',
  setup: (step, builder, render, variable) => {
    const [config, extra] =
      clarifyConfigs[String(step.CheckType ?? builder.checkType)] ?? clarifyConfigs.DATA_BIAS;
    use(render, 'sagemaker.workflow.clarify_check_step', config);
    use(
      render,
      'sagemaker.clarify',
      'DataConfig',
      'BiasConfig',
      'ModelConfig',
      'ModelPredictedLabelConfig',
      'SHAPConfig',
    );
    const inputs = (args(step, 'ProcessingInputs') as { InputName?: string }[] | undefined) ?? [];
    const dataset = dig(
      inputs.find((input) => input.InputName === 'dataset') ?? inputs[0],
      'S3Input',
      'S3Uri',
    );
    const configPrefix = analysisConfigPrefix(inputs);
    return [
      '# The SDK writes the analysis_config.json itself, from these objects, and uploads it under',
      configPrefix
        ? '# s3_analysis_config_output_path: the file the definition JSON names.'
        : '# s3_output_path.',
      `bias_config = BiasConfig(label_values_or_threshold=[1], facet_name='age')`,
      ...(step.ModelName
        ? [
            `model_config = ModelConfig(model_name=${py(step.ModelName, render)}, instance_type=${py(placeholder.instanceType, render)}, instance_count=1, accept_type='text/csv')`,
          ]
        : []),
      `config_${variable} = ${config}(data_config=DataConfig(s3_data_input_path=${py(dataset, render)}, s3_output_path=${py(args(step, 'ProcessingOutputConfig', 'Outputs', 0, 'S3Output', 'S3Uri'), render)}, label=${py(placeholder.targetColumn, render)}, dataset_type='text/csv'${configPrefix ? `, s3_analysis_config_output_path=${py(configPrefix, render)}` : ''}), ${extra})`,
    ];
  },
  kwargs: (step, _builder, render, variable) => checkKwargs(step, render, variable),
};

const qualityStep: StepCode = {
  module: 'sagemaker.workflow.quality_check_step',
  setup: (step, _builder, render, variable) => {
    const modelQuality = step.CheckType === 'MODEL_QUALITY';
    const config = modelQuality ? 'ModelQualityCheckConfig' : 'DataQualityCheckConfig';
    use(render, 'sagemaker.workflow.quality_check_step', config);
    use(render, 'sagemaker.model_monitor.dataset_format', 'DatasetFormat');
    const extra = modelQuality
      ? `, problem_type='BinaryClassification', ground_truth_attribute=${py(placeholder.targetColumn, render)}, probability_attribute='probability'`
      : '';
    return [
      `config_${variable} = ${config}(baseline_dataset=${py(args(step, 'ProcessingInputs', 0, 'S3Input', 'S3Uri'), render)}, dataset_format=DatasetFormat.csv(header=True), output_s3_uri=${py(args(step, 'ProcessingOutputConfig', 'Outputs', 0, 'S3Output', 'S3Uri'), render)}${extra})`,
    ];
  },
  kwargs: (step, _builder, render, variable) => checkKwargs(step, render, variable),
};

export const checksCode: Record<string, StepCode> = { ClarifyCheck: clarifyStep, QualityCheck: qualityStep };
