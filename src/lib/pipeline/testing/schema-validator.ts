/**
 * Test helper: AWS's published pipeline definition schema, compiled with ajv.
 *
 * The schema names a `$schema` ajv 8 does not know (`http://json-schema.org/schema#`) and uses a
 * few keywords loosely, so it is compiled without its `$schema` and with `strict: false`.
 */

import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import type { SchemaGap } from '../../../data/pipeline-schema-gaps';
import type { DefinitionStep, PipelineDefinition } from '../model';

const schemaUrl = new URL('../../../../schemas/sagemaker-pipeline-definition.schema.json', import.meta.url);

function compile() {
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

const validate = compile();

export interface SchemaError {
  /** JSON Pointer to the failing value, e.g. `/Steps/2/Arguments/IfSteps/0`. */
  path: string;
  message: string;
}

function readable(error: ErrorObject): SchemaError {
  const detail = 'additionalProperty' in error.params ? ` '${String(error.params.additionalProperty)}'` : '';
  return { path: error.instancePath, message: `${error.message ?? error.keyword}${detail}` };
}

export function schemaErrors(definition: unknown): SchemaError[] {
  return validate(definition) ? [] : (validate.errors ?? []).map(readable);
}

/** The schema's complaints about a definition, one readable line each; empty when it validates. */
export function validateDefinition(definition: unknown): string[] {
  return schemaErrors(definition).map((error) => `${error.path || '/'}: ${error.message}`);
}

/** The definition without the parts the gaps name: if it validates, the gaps explain every error. */
/** The value with each Std:Join replaced by a literal S3 URI. */
function withoutJoins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutJoins);
  if (value === null || typeof value !== 'object') return value;
  if ('Std:Join' in value) return 's3://amzn-s3-demo-bucket/model.tar.gz';
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutJoins(item)]));
}

export function withoutGaps(definition: PipelineDefinition, gaps: SchemaGap[]): PipelineDefinition {
  const copy = structuredClone(definition);
  const stepGaps = (step: DefinitionStep) =>
    gaps.filter((gap) => gap.step === step.Name).map((gap) => gap.kind.id);
  const typeGaps = ['newer-step-type', 'endpoint-config-type', 'unknown-step-type', 'branch-step-type'];
  const repair = (steps: DefinitionStep[]): DefinitionStep[] =>
    steps
      .filter((step) => !stepGaps(step).some((id) => typeGaps.includes(id)))
      .map((step) => {
        const ids = stepGaps(step);
        const args = step.Arguments as Record<string, unknown>;
        if (ids.includes('property-files')) {
          delete step.PropertyFiles;
          for (const condition of (args.Conditions ?? []) as { LeftValue: unknown }[])
            condition.LeftValue = 0.9;
        }
        if (ids.includes('model-data-reference')) {
          (args.PrimaryContainer as Record<string, unknown>).ModelDataUrl =
            's3://amzn-s3-demo-bucket/model.tar.gz';
        }
        if (ids.includes('model-approval-status')) delete args.ModelApprovalStatus;
        if (ids.includes('joined-value')) step.Arguments = withoutJoins(step.Arguments);
        if (step.Type === 'Condition') {
          args.IfSteps = repair(args.IfSteps as DefinitionStep[]);
          args.ElseSteps = repair(args.ElseSteps as DefinitionStep[]);
        }
        return step;
      });
  copy.Steps = repair(copy.Steps);
  if (gaps.some((gap) => gap.kind.id === 'experiment-config')) delete copy.PipelineExperimentConfig;
  return copy;
}
