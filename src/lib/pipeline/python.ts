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
import { call, dig, py, pyFloat, quote, snake, use, type Render } from './steps/code';
import { stepCode } from './steps/families.python';

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
