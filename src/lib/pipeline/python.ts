/**
 * The SageMaker Python SDK code for the builder's pipeline, in the style of AWS's examples.
 *
 * It is rendered from the exported definition, so the code and the JSON read the same values and
 * the same step properties (`{"Get": "Steps.Train.ModelArtifacts…"}` becomes
 * `step_train.properties.ModelArtifacts…`). Written for SDK v2 (`sagemaker.workflow`): v3, the
 * current major version, moved pipelines into the sagemaker-mlops package.
 */

import { findStepType, stepTypeIdOf } from '../../data/pipeline-step-types';
import { toDefinition, type ExportOptions } from './definition';
import {
  unknownStepType,
  type BuilderPipeline,
  type BuilderStep,
  type DefinitionParameter,
  type DefinitionStep,
} from './model';
import * as placeholder from './placeholders';
import {
  args,
  call,
  dig,
  py,
  pyFloat,
  quote,
  requestStep,
  snake,
  use,
  type Render,
  type StepCode,
} from './steps/code';
import { processingCode } from './steps/processing.python';
import { trainingCode } from './steps/training.python';
import { tuningCode } from './steps/tuning.python';

const autoMLStep: StepCode = {
  module: 'sagemaker.workflow.automl_step',
  setup: (step, _builder, render, variable) => {
    use(render, 'sagemaker.automl.automl', 'AutoML', 'AutoMLInput');
    return [
      `automl_${variable} = ${call('AutoML', [
        ['role', 'role'],
        ['target_attribute_name', py(placeholder.targetColumn, render)],
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
      `args_${variable} = automl_${variable}.fit(inputs=AutoMLInput(inputs=${py(args(step, 'InputDataConfig', 0, 'DataSource', 'S3DataSource', 'S3Uri'), render)}, target_attribute_name=${py(placeholder.targetColumn, render)}, content_type='text/csv;header=present'))`,
    ];
  },
  kwargs: (_step, _builder, _render, variable) => [['step_args', `args_${variable}`]],
};

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
    return [
      '# The SDK writes the analysis_config.json itself, from these objects, and uploads it;',
      '# the file the definition JSON names is only where that config goes.',
      `bias_config = BiasConfig(label_values_or_threshold=[1], facet_name='age')`,
      ...(step.ModelName
        ? [
            `model_config = ModelConfig(model_name=${py(step.ModelName, render)}, instance_type=${py(placeholder.instanceType, render)}, instance_count=1, accept_type='text/csv')`,
          ]
        : []),
      `config_${variable} = ${config}(data_config=DataConfig(s3_data_input_path=${py(dataset, render)}, s3_output_path=${py(args(step, 'ProcessingOutputConfig', 'Outputs', 0, 'S3Output', 'S3Uri'), render)}, label=${py(placeholder.targetColumn, render)}, dataset_type='text/csv'), ${extra})`,
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

const conditionClasses: Record<string, string> = {
  GreaterThanOrEqualTo: 'ConditionGreaterThanOrEqualTo',
  Equals: 'ConditionEquals',
};

const conditionStep: StepCode = {
  module: 'sagemaker.workflow.condition_step',
  kwargs: (step, _builder, render) => {
    const conditions =
      (args(step, 'Conditions') as { Type: string; LeftValue: unknown; RightValue: unknown }[]) ?? [];
    const list = conditions.map((condition) => {
      const cls = conditionClasses[condition.Type] ?? `Condition${condition.Type}`;
      use(render, 'sagemaker.workflow.conditions', cls);
      return `${cls}(left=${py(condition.LeftValue, render)}, right=${py(condition.RightValue, render)})`;
    });
    const branch = (key: string) =>
      `[${((args(step, key) as DefinitionStep[]) ?? [])
        .filter((s) => render.defined.has(s.Name))
        .map((s) => render.variables.get(s.Name))
        .join(', ')}]`;
    return [
      ['conditions', `[${list.join(', ')}]`],
      ['if_steps', branch('IfSteps')],
      ['else_steps', branch('ElseSteps')],
    ];
  },
};

const failStep: StepCode = {
  module: 'sagemaker.workflow.fail_step',
  kwargs: (step, _builder, render) => [['error_message', py(args(step, 'ErrorMessage'), render)]],
};

const lambdaStep: StepCode = {
  module: 'sagemaker.workflow.lambda_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.lambda_helper', 'Lambda');
    use(render, 'sagemaker.workflow.lambda_step', 'LambdaOutput', 'LambdaOutputTypeEnum');
    return [];
  },
  kwargs: (step, _builder, render) => [
    ['lambda_func', `Lambda(function_arn=${py(step.FunctionArn, render)})`],
    ['inputs', py(step.Arguments, render)],
    ['outputs', "[LambdaOutput(output_name='statusCode', output_type=LambdaOutputTypeEnum.String)]"],
  ],
};

const callbackStep: StepCode = {
  module: 'sagemaker.workflow.callback_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.workflow.callback_step', 'CallbackOutput', 'CallbackOutputTypeEnum');
    return [];
  },
  kwargs: (step, _builder, render) => [
    ['sqs_queue_url', py(step.SqsQueueUrl, render)],
    ['inputs', py(step.Arguments, render)],
    ['outputs', "[CallbackOutput(output_name='status', output_type=CallbackOutputTypeEnum.String)]"],
  ],
};

const emrStep: StepCode = {
  module: 'sagemaker.workflow.emr_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.workflow.emr_step', 'EMRStepConfig');
    return [];
  },
  kwargs: (step, _builder, render) => [
    ['cluster_id', py(args(step, 'ClusterId'), render)],
    [
      'step_config',
      `EMRStepConfig(jar=${py(args(step, 'StepConfig', 'HadoopJarStep', 'Jar'), render)}, args=${py(args(step, 'StepConfig', 'HadoopJarStep', 'Args'), render)})`,
    ],
    ['display_name', py(step.Name, render)],
    ['description', "'Spark job on Amazon EMR'"],
  ],
};

const stepCode: Record<string, StepCode> = {
  ...processingCode,
  ...trainingCode,
  ...tuningCode,
  AutoML: autoMLStep,
  Model: modelStep,
  RegisterModel: registerStep,
  Transform: transformStep,
  ClarifyCheck: clarifyStep,
  QualityCheck: qualityStep,
  Condition: conditionStep,
  Fail: failStep,
  Lambda: lambdaStep,
  Callback: callbackStep,
  EMR: emrStep,
  EndpointConfig: requestStep('sagemaker.workflow.endpoint_step'),
  Endpoint: requestStep('sagemaker.workflow.endpoint_step'),
  InferenceComponent: requestStep('sagemaker.workflow.inference_component_step'),
  Lineage: requestStep('sagemaker.workflow.lineage_step'),
  BedrockModelImport: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockCustomModel: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockCustomModelDeployment: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockProvisionedModelThroughput: requestStep('sagemaker.workflow.bedrock_steps'),
  EMRServerless: { standalone: emrServerlessStep, inPipeline: false },
};

/**
 * SDK v2 has no EMR Serverless step (no `emr_serverless_step` module in any v2 release); v3 added
 * one in the sagemaker-mlops package. The step stays out of the v2 pipeline, and the code says so.
 */
function emrServerlessStep(step: DefinitionStep, render: Render): string[] {
  return [
    `# Step ${quote(step.Name)}: SDK v2 has no EMR Serverless step, so it is left out of this pipeline.`,
    '# SDK v3 has one: from sagemaker.mlops.workflow.emr_serverless_step import',
    '#   EMRServerlessStep, EMRServerlessJobConfig',
    `#   (application_id=${py(args(step, 'ApplicationId'), render)}). In v2, run the Spark job with an`,
    '# EMRStep on an EMR cluster instead, or keep this step in the definition JSON.',
  ];
}

/** The SDK's retry exception types by the definition's names (`sagemaker/workflow/retry.py`). */
const retryExceptions: Record<string, [string, string]> = {
  'Step.SERVICE_FAULT': ['StepExceptionTypeEnum', 'SERVICE_FAULT'],
  'Step.THROTTLING': ['StepExceptionTypeEnum', 'THROTTLING'],
  'SageMaker.JOB_INTERNAL_ERROR': ['SageMakerJobExceptionTypeEnum', 'INTERNAL_ERROR'],
  'SageMaker.CAPACITY_ERROR': ['SageMakerJobExceptionTypeEnum', 'CAPACITY_ERROR'],
  'SageMaker.RESOURCE_LIMIT': ['SageMakerJobExceptionTypeEnum', 'RESOURCE_LIMIT'],
};

/** One `RetryPolicies` entry as the SDK's policy object: step errors or SageMaker job errors. */
function retryPolicy(policy: Record<string, unknown>, render: Render): string {
  const types = (Array.isArray(policy.ExceptionType) ? policy.ExceptionType : []).map(String);
  const known = types.map((type) => retryExceptions[type]).filter(Boolean);
  const jobPolicy = known.some(([enumName]) => enumName === 'SageMakerJobExceptionTypeEnum');
  const cls = jobPolicy ? 'SageMakerJobStepRetryPolicy' : 'StepRetryPolicy';
  use(render, 'sagemaker.workflow.retry', cls, ...new Set(known.map(([enumName]) => enumName)));
  const kwargs: [string, unknown][] = [
    ['interval_seconds', policy.IntervalSeconds],
    ['backoff_rate', policy.BackoffRate],
    ['max_attempts', policy.MaxAttempts],
    ['expire_after_mins', policy.ExpireAfterMin],
  ];
  const list = known.map(([enumName, member]) => `${enumName}.${member}`).join(', ');
  const rest = kwargs
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `, ${key}=${key === 'backoff_rate' ? pyFloat(value) : py(value, render)}`);
  return `${cls}(exception_types=[${list}]${rest.join('')})`;
}

/** The step's own cache and retry settings (kept from an import), as the SDK's keyword arguments. */
function cacheAndRetry(step: DefinitionStep, render: Render): [string, string][] {
  const kwargs: [string, string][] = [];
  const cache = step.CacheConfig as { Enabled?: unknown; ExpireAfter?: unknown } | undefined;
  if (cache) {
    use(render, 'sagemaker.workflow.steps', 'CacheConfig');
    const expire = cache.ExpireAfter === undefined ? '' : `, expire_after=${py(cache.ExpireAfter, render)}`;
    kwargs.push(['cache_config', `CacheConfig(enable_caching=${py(cache.Enabled, render)}${expire})`]);
  }
  if (Array.isArray(step.RetryPolicies)) {
    const policies = (step.RetryPolicies as Record<string, unknown>[]).map((policy) =>
      retryPolicy(policy, render),
    );
    kwargs.push(['retry_policies', `[${policies.join(', ')}]`]);
  }
  return kwargs;
}

function renderStep(step: DefinitionStep, builder: BuilderStep, render: Render) {
  const variable = render.variables.get(step.Name) ?? `step_${snake(step.Name)}`;
  const code = stepCode[builder.type];
  if (!code) {
    render.lines.push(
      `# Step ${quote(step.Name)}: Type ${py(step.Type, render)} has no SageMaker Python SDK class here,`,
      '# so it is not in the pipeline below.',
      '',
    );
    return;
  }
  if ('standalone' in code) {
    render.lines.push(...code.standalone(step, render, variable), '');
    if (code.inPipeline) render.defined.add(step.Name);
    return;
  }
  const cls = findStepType(builder.type)?.sdkClass.split(' ')[0] ?? 'Step';
  use(render, code.module, cls);
  const dependsOn: [string, string][] = step.DependsOn ? [['depends_on', py(step.DependsOn, render)]] : [];
  const kwargs: [string, string][] = [
    ['name', py(step.Name, render)],
    ...code.kwargs(step, builder, render, variable),
    ...dependsOn,
    ...cacheAndRetry(step, render),
  ];
  render.lines.push(
    ...(code.setup?.(step, builder, render, variable) ?? []),
    `${variable} = ${call(cls, kwargs)}`,
    '',
  );
  render.defined.add(step.Name);
}

/** A Condition's branch steps, as the definition writes them inline. */
function branchSteps(step: DefinitionStep): DefinitionStep[] {
  if (step.Type !== 'Condition') return [];
  return ['IfSteps', 'ElseSteps'].flatMap((key) => {
    const branch = dig(step.Arguments, key);
    return Array.isArray(branch) ? (branch as DefinitionStep[]) : [];
  });
}

/** Every step of the definition, branch steps (at any depth) before their Condition. */
function stepsInOrder(steps: DefinitionStep[]): DefinitionStep[] {
  return steps.flatMap((step) => [...stepsInOrder(branchSteps(step)), step]);
}

function pythonIdentifiers(steps: DefinitionStep[]): Map<string, string> {
  const variables = new Map<string, string>();
  const taken = new Set<string>();
  for (const step of steps) {
    let variable = `step_${snake(step.Name)}`.replace(/_+$/, '');
    for (let n = 2; taken.has(variable); n++) variable = `step_${snake(step.Name)}_${n}`;
    taken.add(variable);
    variables.set(step.Name, variable);
  }
  return variables;
}

const parameterClasses = {
  String: 'ParameterString',
  Integer: 'ParameterInteger',
  Float: 'ParameterFloat',
  Boolean: 'ParameterBoolean',
} as const;

/** A pipeline parameter of the type the definition gives it; a Float's 6.0 stays 6.0. */
function parameter(definition: DefinitionParameter, render: Render): string {
  const cls = parameterClasses[definition.Type ?? 'String'] ?? 'ParameterString';
  use(render, 'sagemaker.workflow.parameters', cls);
  const value = definition.DefaultValue;
  const defaultValue =
    value === undefined
      ? ''
      : `, default_value=${cls === 'ParameterFloat' ? pyFloat(value) : py(value, render)}`;
  return `${snake(definition.Name)} = ${cls}(name=${py(definition.Name, render)}${defaultValue})`;
}

/**
 * The steps whose settings came from an imported definition: their code is rebuilt from the
 * builder's template for the type, so it reads only part of their Arguments.
 */
function sketchNote(steps: DefinitionStep[], builders: Map<string, BuilderStep>): string[] {
  const imported = steps
    .filter((step) => {
      const builder = builders.get(step.Name);
      return !builder || builder.kept?.Arguments !== undefined;
    })
    .map((step) => step.Name);
  if (imported.length === 0) return [];
  return [
    `# A SKETCH for the imported steps (${imported.join(', ')}): each object below comes from the`,
    '# template the builder has for its step type and reads only the settings that template knows',
    '# (instance types, S3 URIs, images, property references); parameters, conditions, cache and',
    '# retry settings are read as written. The definition JSON is the faithful copy of these steps.',
  ];
}

export function toPython(pipeline: BuilderPipeline, options: ExportOptions = {}): string {
  const definition = toDefinition(pipeline, options);
  const builders = new Map<string, BuilderStep>();
  const collect = (step: BuilderStep) => {
    builders.set(step.name, step);
    [...(step.ifSteps ?? []), ...(step.elseSteps ?? [])].forEach(collect);
  };
  pipeline.steps.forEach(collect);
  const ordered = stepsInOrder(definition.Steps);
  const render: Render = {
    imports: new Map(),
    variables: pythonIdentifiers(ordered),
    lines: [],
    defined: new Set(),
  };
  use(render, 'sagemaker.workflow.pipeline', 'Pipeline');
  use(render, 'sagemaker.workflow.pipeline_context', 'PipelineSession');

  for (const step of ordered) {
    // A step inside a nested branch has no builder step: its definition says what it is.
    const builder = builders.get(step.Name) ?? {
      key: step.Name,
      type: stepTypeIdOf(step.Type) ?? unknownStepType,
      name: step.Name,
    };
    renderStep(step, builder, render);
  }

  const parameters = (definition.Parameters ?? []).map((entry) => parameter(entry, render));
  const imports = [...render.imports.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `from ${module} import ${[...names].sort().join(', ')}`);
  const steps = definition.Steps.filter((step) => render.defined.has(step.Name)).map((step) =>
    render.variables.get(step.Name),
  );
  return [
    '# SageMaker Python SDK v2 (sagemaker.workflow). The current major version, v3, moved pipelines',
    '# into the sagemaker-mlops package: install sagemaker<3 to run this as it is.',
    ...sketchNote(ordered, builders),
    ...imports,
    '',
    'pipeline_session = PipelineSession()',
    `bucket = ${quote(placeholder.bucket)}  # your bucket: every S3 URI below is in it`,
    `role = ${py(placeholder.roleArn, render)}`,
    ...parameters,
    '',
    ...render.lines,
    `pipeline = ${call('Pipeline', [
      ['name', "'StudyPipeline'"],
      ['parameters', `[${(definition.Parameters ?? []).map((entry) => snake(entry.Name)).join(', ')}]`],
      ['steps', `[${steps.join(', ')}]`],
      ['sagemaker_session', 'pipeline_session'],
    ])}`,
    'pipeline.upsert(role_arn=role)',
    '',
  ].join('\n');
}
