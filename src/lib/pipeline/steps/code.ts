/**
 * What every step family's SDK code half shares: the render state (imports, variables, lines), JSON
 * values as Python expressions, and keyword-argument calls. Loaded with the Python export only.
 */

import type { BuilderStep, DefinitionStep } from '../model';
import * as placeholder from '../placeholders';

export type Imports = Map<string, Set<string>>;

export interface Render {
  imports: Imports;
  /** Python variable of each step, by step name. */
  variables: Map<string, string>;
  lines: string[];
  /** Steps the code defines a variable for, by step name (the pipeline lists only these). */
  defined: Set<string>;
}

export const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();

export function use(render: Render, module: string, ...names: string[]) {
  const set = render.imports.get(module) ?? new Set<string>();
  for (const name of names) set.add(name);
  render.imports.set(module, set);
}

export function dig(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    value,
  );
}

export const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const bucketPrefix = `s3://${placeholder.bucket}/`;

/** A string literal; an S3 URI in the example bucket reads the `bucket` variable, so one line sets it. */
function pyString(value: string): string {
  // The bucket on its own, as a Std:Join of an S3 URI names it.
  if (value === placeholder.bucket) return 'bucket';
  if (!value.startsWith(bucketPrefix)) return quote(value);
  const rest = value.slice(bucketPrefix.length).replace(/[{}]/g, (brace) => brace + brace);
  return `f${quote(`s3://{bucket}/${rest}`)}`;
}

/** A JSON value as a Python expression; `Get` and `Std:JsonGet` become SDK expressions. */
export function py(value: unknown, render: Render): string {
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => py(item, render)).join(', ')}]`;
  if (value === null || typeof value !== 'object') return 'None';
  const record = value as Record<string, unknown>;
  if (typeof record.Get === 'string') {
    const [root, name, ...rest] = record.Get.split('.');
    if (root === 'Parameters') return snake(name);
    if (root === 'Execution') {
      use(render, 'sagemaker.workflow.execution_variables', 'ExecutionVariables');
      return `ExecutionVariables.${snake(name).toUpperCase()}`;
    }
    const step = render.variables.get(name.replace(/\[.*$/, '')) ?? snake(name);
    return [`${step}.properties`, ...rest].join('.');
  }
  const join = record['Std:Join'] as { On?: unknown; Values?: unknown } | undefined;
  if (join) {
    use(render, 'sagemaker.workflow.functions', 'Join');
    return `Join(on=${py(join.On, render)}, values=${py(join.Values, render)})`;
  }
  const jsonGet = record['Std:JsonGet'] as
    { PropertyFile?: { Get?: string }; S3Uri?: unknown; Path?: string } | undefined;
  if (jsonGet) {
    use(render, 'sagemaker.workflow.functions', 'JsonGet');
    const path = py(jsonGet.Path, render);
    // An @step result: the SDK reads the file the step wrote (the consumer indexes the function's
    // return value in real code); the JsonGet shows what it reads.
    if (!jsonGet.PropertyFile) return `JsonGet(s3_uri=${py(jsonGet.S3Uri, render)}, json_path=${path})`;
    const [, stepName = '', , fileName = ''] = jsonGet.PropertyFile.Get?.split('.') ?? [];
    return `JsonGet(step_name=${py(stepName, render)}, property_file=${snake(fileName)}, json_path=${path})`;
  }
  const entries = Object.entries(record).map(([key, item]) => `${py(key, render)}: ${py(item, render)}`);
  return `{${entries.join(', ')}}`;
}

export function call(callee: string, kwargs: [string, string][], indent = ''): string {
  if (kwargs.length === 0) return `${callee}()`;
  const inner = kwargs.map(([key, value]) => `${indent}    ${key}=${value},`).join('\n');
  return `${callee}(\n${inner}\n${indent})`;
}

export type Snippet = (
  step: DefinitionStep,
  builder: BuilderStep,
  render: Render,
  variable: string,
) => string[];

/**
 * Each kind of step: the objects it needs, then the step itself, an instance of its SDK class
 * called with `kwargs`; or, for a step that is no such call, its own lines (`standalone`), which
 * say whether they define a step the pipeline lists.
 */
export type StepCode =
  | {
      module: string;
      setup?: Snippet;
      kwargs: (
        step: DefinitionStep,
        builder: BuilderStep,
        render: Render,
        variable: string,
      ) => [string, string][];
    }
  | { standalone: (step: DefinitionStep, render: Render, variable: string) => string[]; inPipeline: boolean };

export const args = (step: DefinitionStep, ...path: (string | number)[]) => dig(step.Arguments, ...path);

/** A number the SDK types as float: 2.0 stays 2.0 (JSON.parse reads it as 2). */
export function pyFloat(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) ? `${value}.0` : String(value);
}

/** Steps whose SDK class takes the API request as `arguments` (EndpointConfigStep, Bedrock steps, …). */
export const requestStep = (module: string): StepCode => ({
  module,
  kwargs: (step, _builder, render) => [['arguments', py(step.Arguments, render)]],
});
