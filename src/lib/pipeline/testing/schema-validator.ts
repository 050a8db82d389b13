/**
 * Test helper: AWS's published pipeline definition schema, compiled with ajv.
 *
 * The schema names a `$schema` ajv 8 does not know (`http://json-schema.org/schema#`) and uses a
 * few keywords loosely, so it is compiled without its `$schema` and with `strict: false`.
 */

import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

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
