/**
 * The SDK code of the model steps: a `Model` created (`ModelStep` with `model.create()`) or
 * registered (`ModelStep` with `model.register()`), and a `LineageStep` with its request.
 */

import * as placeholder from '../placeholders';
import { args, call, dig, py, requestStep, use, type Render, type StepCode } from './code';

function modelObject(render: Render, variable: string, image: unknown, modelData: unknown): string {
  use(render, 'sagemaker.model', 'Model');
  return `model_${variable} = ${call('Model', [
    ['image_uri', py(image, render)],
    ['model_data', py(modelData, render)],
    ['role', 'role'],
    ['sagemaker_session', 'pipeline_session'],
  ])}`;
}

const modelStep: StepCode = {
  module: 'sagemaker.workflow.model_step',
  setup: (step, _builder, render, variable) => [
    '# ModelStep names the step it adds "<name>-CreateModel".',
    modelObject(
      render,
      variable,
      args(step, 'PrimaryContainer', 'Image'),
      args(step, 'PrimaryContainer', 'ModelDataUrl'),
    ),
  ],
  kwargs: (_step, _builder, render, variable) => [
    ['step_args', `model_${variable}.create(instance_type=${py(placeholder.instanceType, render)})`],
  ],
};

/** `model_metrics=` for the report files the definition's `ModelMetrics` names (model quality). */
function modelMetrics(metrics: unknown, render: Render): [string, string][] {
  const statistics = dig(metrics, 'ModelQuality', 'Statistics');
  if (!statistics) return [];
  use(render, 'sagemaker.model_metrics', 'MetricsSource', 'ModelMetrics');
  const source = `MetricsSource(s3_uri=${py(dig(statistics, 'S3Uri'), render)}, content_type=${py(dig(statistics, 'ContentType'), render)})`;
  return [['model_metrics', `ModelMetrics(model_statistics=${source})`]];
}

const registerStep: StepCode = {
  module: 'sagemaker.workflow.model_step',
  setup: (step, _builder, render, variable) => [
    '# ModelStep names the step it adds "<name>-RegisterModel".',
    modelObject(
      render,
      variable,
      args(step, 'InferenceSpecification', 'Containers', 0, 'Image'),
      args(step, 'InferenceSpecification', 'Containers', 0, 'ModelDataUrl'),
    ),
  ],
  kwargs: (step, _builder, render, variable) => {
    const status = args(step, 'ModelApprovalStatus');
    const register: [string, string][] = [
      ['content_types', "['text/csv']"],
      ['response_types', "['text/csv']"],
      ['inference_instances', py([placeholder.instanceType], render)],
      ['transform_instances', py([placeholder.instanceType], render)],
      ['model_package_group_name', py(args(step, 'ModelPackageGroupName'), render)],
      ...(status ? ([['approval_status', py(status, render)]] as [string, string][]) : []),
      ...modelMetrics(args(step, 'ModelMetrics'), render),
    ];
    return [['step_args', call(`model_${variable}.register`, register, '    ')]];
  },
};

export const modelCode: Record<string, StepCode> = {
  Model: modelStep,
  RegisterModel: registerStep,
  Lineage: requestStep('sagemaker.workflow.lineage_step'),
};
