/**
 * Where a pipeline definition can go beyond AWS's published pipeline definition JSON schema.
 *
 * The schema (linked from the SageMaker AI Developer Guide, "Pipelines overview") is older than the
 * SageMaker Python SDK and the service, so a definition the service runs can still fail it. Each gap
 * says why, for the reader; `schemaGapsOf` says which gaps an exported definition hits, and where.
 */

import type { DefinitionStep, PipelineDefinition } from '../lib/pipeline/model';
import { pipelineStepTypes } from './pipeline-step-types';

export type SchemaGapId =
  | 'newer-step-type'
  | 'endpoint-config-type'
  | 'unknown-step-type'
  | 'branch-step-type'
  | 'property-files'
  | 'step-result'
  | 'model-data-reference'
  | 'joined-value'
  | 'model-approval-status'
  | 'experiment-config';

export interface SchemaGapKind {
  id: SchemaGapId;
  title: string;
  /** What the reader sees: why this part of the export is not in the schema. */
  explanation: string;
  source: string;
}

const schemaPage =
  'https://aws-sagemaker-mlops.github.io/sagemaker-model-building-pipeline-definition-JSON-schema/';
const stepTypesPage = 'https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps-types.html';

export const schemaGapKinds: Record<SchemaGapId, SchemaGapKind> = {
  'newer-step-type': {
    id: 'newer-step-type',
    title: 'Step type newer than the schema',
    explanation:
      'SageMaker Pipelines added this step type after the schema was published; the SDK emits it and the service runs it, but the schema lists no such Type.',
    source: stepTypesPage,
  },
  'endpoint-config-type': {
    id: 'endpoint-config-type',
    title: 'EndpointConfig Type',
    explanation:
      'The schema describes an endpoint configuration step but declares its Type as "Endpoint", apparently a slip; the SDK’s EndpointConfigStep emits Type "EndpointConfig".',
    source: schemaPage,
  },
  'unknown-step-type': {
    id: 'unknown-step-type',
    title: 'Unknown step type',
    explanation:
      'This step’s Type is neither in the schema nor in the step types this site knows; it is exported as it was imported.',
    source: schemaPage,
  },
  'branch-step-type': {
    id: 'branch-step-type',
    title: 'Step type in a Condition branch',
    explanation:
      'The schema lets a Condition branch hold only Training, Processing, Transform, RegisterModel and Fail steps; the SDK and the service accept other steps there too. A Condition inside a branch is where the two differ: AWS documentation says Pipelines does not support nested Condition steps, while SDK v2 compiles one without complaint.',
    source: stepTypesPage,
  },
  'property-files': {
    id: 'property-files',
    title: 'Property file and Std:JsonGet',
    explanation:
      'To branch on an evaluation report, the SDK declares PropertyFiles on the Processing step and reads a value with Std:JsonGet in the Condition; the schema has neither.',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-propertyfile.html',
  },
  'step-result': {
    id: 'step-result',
    title: 'An @step function’s result',
    explanation:
      'A value an @step function returned, read with Std:JsonGet from the file that step wrote to Amazon S3 (no property file is involved); the schema has no Std:JsonGet.',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines-step-decorator-create-pipeline.html',
  },
  'model-data-reference': {
    id: 'model-data-reference',
    title: 'Model data from a step property',
    explanation:
      'A Model step’s ModelDataUrl reads a property of the step that made the model (for example the training job’s artifacts), as the SDK writes it; the schema accepts only a literal s3:// URI there, which would have to name a model file that exists before the pipeline runs.',
    source: stepTypesPage,
  },
  'joined-value': {
    id: 'joined-value',
    title: 'A value joined when the step runs (Std:Join)',
    explanation:
      'The SDK joins some values when the step runs: the best model of a tuning step is at the tuning job’s output path, the best training job’s name and output/model.tar.gz, which TuningStep.get_top_model_s3_uri joins with Std:Join. The schema defines a Join function but no field accepts it.',
    source: 'https://github.com/aws/sagemaker-python-sdk/blob/v2.257.6/src/sagemaker/workflow/steps.py',
  },
  'model-approval-status': {
    id: 'model-approval-status',
    title: 'ModelApprovalStatus',
    explanation:
      'The SDK sends the new model version’s approval status (usually from a pipeline parameter), a field of the CreateModelPackage request; the schema’s RegisterModel arguments leave it out.',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html',
  },
  'experiment-config': {
    id: 'experiment-config',
    title: 'PipelineExperimentConfig',
    explanation:
      'The SDK writes a PipelineExperimentConfig that names the experiment and run for each execution (SageMaker Experiments integration); the schema allows no such top-level field.',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines-experiments.html',
  },
};

/** Step Types the service runs that the schema does not list (EndpointConfig has its own gap). */
export const stepTypesNewerThanSchema: readonly string[] = pipelineStepTypes
  .filter((type) => !type.inSchema && type.definitionType !== 'EndpointConfig')
  .map((type) => type.definitionType);

const branchTypes = new Set(
  pipelineStepTypes.filter((type) => type.schemaAllowsInConditionBranch).map((type) => type.definitionType),
);
const knownTypes = new Set(pipelineStepTypes.map((type) => type.definitionType));

export interface SchemaGap {
  kind: SchemaGapKind;
  /** The step whose part is outside the schema; absent for a top-level field. */
  step?: string;
}

function hasKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKey(item, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([name, item]) => name === key || hasKey(item, key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every `Std:JsonGet` in a value: from a property file, or from an @step result's S3 file. */
function jsonGets(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) jsonGets(item, found);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Std:JsonGet' && isRecord(item)) found.push(item);
      else jsonGets(item, found);
    }
  }
  return found;
}

/** The step without a Condition's branches, which are steps of their own. */
function ownContent(step: DefinitionStep): unknown {
  if (!isRecord(step.Arguments)) return step;
  const args = Object.entries(step.Arguments).filter(([key]) => key !== 'IfSteps' && key !== 'ElseSteps');
  return { ...step, Arguments: Object.fromEntries(args) };
}

function modelDataIsReference(step: DefinitionStep): boolean {
  if (step.Type !== 'Model' || !isRecord(step.Arguments)) return false;
  const containers = [
    step.Arguments.PrimaryContainer,
    ...(Array.isArray(step.Arguments.Containers) ? step.Arguments.Containers : []),
  ];
  return containers.some((container) => isRecord(container) && isRecord(container.ModelDataUrl));
}

function stepGaps(step: DefinitionStep, inBranch: boolean): SchemaGapId[] {
  const gaps: SchemaGapId[] = [];
  if (step.Type === 'EndpointConfig') gaps.push('endpoint-config-type');
  else if (stepTypesNewerThanSchema.includes(step.Type)) gaps.push('newer-step-type');
  else if (!knownTypes.has(step.Type)) gaps.push('unknown-step-type');
  if (inBranch && !branchTypes.has(step.Type)) gaps.push('branch-step-type');
  const content = ownContent(step);
  const reads = jsonGets(content);
  if (hasKey(content, 'PropertyFiles') || reads.some((read) => 'PropertyFile' in read)) {
    gaps.push('property-files');
  }
  if (reads.some((read) => !('PropertyFile' in read))) gaps.push('step-result');
  if (modelDataIsReference(step)) gaps.push('model-data-reference');
  if (hasKey(ownContent(step), 'Std:Join')) gaps.push('joined-value');
  if (step.Type === 'RegisterModel' && isRecord(step.Arguments) && 'ModelApprovalStatus' in step.Arguments) {
    gaps.push('model-approval-status');
  }
  return gaps;
}

function branchesOf(step: DefinitionStep): DefinitionStep[] {
  if (step.Type !== 'Condition' || !isRecord(step.Arguments)) return [];
  const { IfSteps, ElseSteps } = step.Arguments;
  return [IfSteps, ElseSteps].flatMap((branch) =>
    Array.isArray(branch) ? (branch as DefinitionStep[]) : [],
  );
}

/** The parts of a definition outside the published schema: which gap, and on which step. */
export function schemaGapsOf(definition: PipelineDefinition): SchemaGap[] {
  const gaps: SchemaGap[] = [];
  if ('PipelineExperimentConfig' in definition) gaps.push({ kind: schemaGapKinds['experiment-config'] });
  const visit = (step: DefinitionStep, inBranch: boolean) =>
    gaps.push(...stepGaps(step, inBranch).map((id) => ({ kind: schemaGapKinds[id], step: step.Name })));
  for (const step of definition.Steps) {
    visit(step, false);
    for (const branchStep of branchesOf(step)) visit(branchStep, true);
  }
  return gaps;
}
