/**
 * The SDK code of the model steps: a `Model` created (`ModelStep` with `model.create()`) or
 * registered (`ModelStep` with `model.register()`), and a `LineageStep` with its request.
 */

import type { DefinitionStep } from '../model';
import * as placeholder from '../placeholders';
import { args, call, dig, py, requestStep, use, type Render, type Snippet, type StepCode } from './code';

function modelObject(render: Render, variable: string, image: unknown, modelData: unknown): string {
  use(render, 'sagemaker.model', 'Model');
  return `model_${variable} = ${call('Model', [
    ['image_uri', py(image, render)],
    ['model_data', py(modelData, render)],
    ['role', 'role'],
    ['sagemaker_session', 'pipeline_session'],
  ])}`;
}

/**
 * The `Model` a ModelStep creates or registers, from the container the definition names, and the
 * name the SDK gives the step it adds.
 */
const modelSetup =
  (added: 'CreateModel' | 'RegisterModel', container: (step: DefinitionStep) => unknown): Snippet =>
  (step, _builder, render, variable) => [
    `# ModelStep names the step it adds "<name>-${added}".`,
    modelObject(render, variable, dig(container(step), 'Image'), dig(container(step), 'ModelDataUrl')),
  ];

const modelStep: StepCode = {
  module: 'sagemaker.workflow.model_step',
  setup: modelSetup('CreateModel', (step) => args(step, 'PrimaryContainer')),
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
  setup: modelSetup('RegisterModel', (step) => args(step, 'InferenceSpecification', 'Containers', 0)),
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
