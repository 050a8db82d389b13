import { describe, expect, it } from 'vitest';
import { pipelineStepTypes } from '../../../data/pipeline-step-types';
import { checkTypesFor } from '../edit';
import type { BuilderPipeline, BuilderStep, DefinitionStep } from '../model';
import { toDefinition } from '../definition';
import { toPython } from '../python';
import { snake } from './code';
import { walkArguments, type ExportOptions, type SdkArguments } from './context';
import { stepFamilies, type FamilyName } from './families';
import { familyCode, stepCode } from './families.python';
import { familySdkArguments, sdkArguments } from './families.sdk';

const optionSets: ExportOptions[] = [
  {},
  { evaluationReport: true },
  { sdkFields: true },
  { evaluationReport: true, sdkFields: true },
];

/** Data, training, an evaluation and a model upstream, so every step reads what it can from them. */
const upstream: BuilderStep[] = [
  { key: 'prep', type: 'Processing', name: 'PrepareData', waitsFor: [] },
  { key: 'train', type: 'Training', name: 'TrainModel', waitsFor: ['prep'] },
  { key: 'eval', type: 'Processing', name: 'EvaluateModel', purpose: 'evaluate', waitsFor: ['train'] },
  { key: 'model', type: 'Model', name: 'CreateModel', waitsFor: ['eval'] },
];

/** Each step type (each check type of a check step), alone and downstream of `upstream`. */
const cases = pipelineStepTypes.flatMap((type) => {
  const checkTypes = checkTypesFor(type.id);
  return (checkTypes.length > 0 ? checkTypes : [undefined]).flatMap((checkType) => {
    const step: BuilderStep = { key: 'x', type: type.id, name: 'StepX', ...(checkType && { checkType }) };
    const pipelines: [string, BuilderPipeline][] = [
      ['alone', { steps: [{ ...step, waitsFor: [] }] }],
      ['downstream', { steps: [...upstream, { ...step, waitsFor: ['model'] }] }],
    ];
    return pipelines.flatMap(([where, pipeline]) =>
      optionSets.map((options) => ({
        title: `${type.id}${checkType ? ` ${checkType}` : ''} ${where} ${JSON.stringify(options)}`,
        type: type.id,
        pipeline,
        options,
      })),
    );
  });
});

const isExpression = (value: object) =>
  ['Get', 'Std:Join', 'Std:JsonGet'].some((key) => Object.hasOwn(value, key));

/**
 * The fields a step sets, by path (array items as `[]`), down to the values and expressions; a
 * path the family describes as a whole stops there.
 */
function fieldsOf(value: unknown, described: SdkArguments, path = '', out: [string, unknown][] = []) {
  const whole = path !== '' && described[path] !== undefined;
  if (!whole && Array.isArray(value)) {
    for (const item of value) fieldsOf(item, described, `${path}[]`, out);
  } else if (!whole && value !== null && typeof value === 'object' && !isExpression(value)) {
    for (const [key, item] of Object.entries(value))
      fieldsOf(item, described, path ? `${path}.${key}` : key, out);
  } else {
    out.push([path, value]);
  }
  return out;
}

/** Every S3 URI and property reference in a value, as the Python writes it. */
function pythonValues(value: unknown): string[] {
  if (typeof value === 'string') {
    const prefix = 's3://amzn-s3-demo-bucket/';
    return value.startsWith(prefix) ? [`s3://{bucket}/${value.slice(prefix.length)}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap(pythonValues);
  if (value === null || typeof value !== 'object') return [];
  const jsonGet = (value as { 'Std:JsonGet'?: { PropertyFile?: { Get?: string } } })['Std:JsonGet'];
  if (jsonGet?.PropertyFile?.Get) {
    // JsonGet names the step and the PropertyFile object (`Steps.<step>.PropertyFiles.<file>`).
    const [, step, , file] = jsonGet.PropertyFile.Get.split('.');
    return [`step_name='${step}'`, `property_file=${snake(file)}`];
  }
  const get = (value as { Get?: unknown }).Get;
  if (typeof get === 'string') {
    const [root, name, ...rest] = get.split('.');
    if (root === 'Parameters') return [snake(name)];
    if (root === 'Steps') return [`.properties.${rest.join('.')}`];
    return [];
  }
  return Object.values(value).flatMap(pythonValues);
}

/** The step's code: the blank-line-separated block that names it. */
function codeOf(python: string, name: string): string {
  const block = python.split('\n\n').find((text) => new RegExp(`(^|\\W)(name=|# Step )'${name}'`).test(text));
  if (!block) throw new Error(`no code names ${name}`);
  return block;
}

const familyNames = Object.keys(stepFamilies) as FamilyName[];

describe('every step type of the catalogue', () => {
  it.each(pipelineStepTypes.map((type) => type.id))('%s belongs to exactly one family', (type) => {
    const families = familyNames.filter((family) => Object.hasOwn(stepFamilies[family].generate, type));
    expect(families).toHaveLength(1);
    const [family] = families;
    // Its definition half, its SDK code half and its SDK argument table, all in that family.
    expect(Object.hasOwn(familyCode[family], type), `${type}: no SDK code in ${family}`).toBe(true);
    expect(Object.hasOwn(familySdkArguments[family], type), `${type}: no SDK arguments in ${family}`).toBe(
      true,
    );
  });

  it('is all a family generates, codes and describes', () => {
    const catalogue = pipelineStepTypes.map((type) => type.id).sort();
    for (const family of familyNames) {
      const types = Object.keys(stepFamilies[family].generate).sort();
      expect(
        types.every((type) => catalogue.includes(type)),
        family,
      ).toBe(true);
      expect(Object.keys(familyCode[family]).sort(), family).toEqual(types);
      expect(Object.keys(familySdkArguments[family]).sort(), family).toEqual(types);
    }
  });
});

describe('each step family', () => {
  it.each(cases)('$title: the Python sets every field the JSON sets', ({ type, pipeline, options }) => {
    const step = toDefinition(pipeline, options).Steps.find(
      (inner) => inner.Name === 'StepX',
    ) as DefinitionStep;
    const python = toPython(pipeline, options);
    const code = codeOf(python, 'StepX');
    const sdk = stepCode[type];
    if ('standalone' in sdk && !sdk.inPipeline) {
      // A step SDK v2 has no class for: the code says it is left out, and the pipeline lists no such step.
      expect(code).toContain('left out of this pipeline');
      expect(python).not.toMatch(/steps=\[[^\]]*step_x\b/);
      return;
    }
    const arguments_ = { ...walkArguments, ...sdkArguments[type] };
    // Name and Type are the step's identity, which the class and name= carry for every step.
    const fields = Object.fromEntries(
      Object.entries(step).filter(([key]) => key !== 'Name' && key !== 'Type'),
    );
    for (const [path, value] of fieldsOf(fields, arguments_)) {
      const described = arguments_[path];
      expect(described, `${type}: no SDK argument described for ${path}`).toBeDefined();
      if (!described || !('code' in described)) continue;
      expect(code, `${type}: ${path}`).toContain(described.code);
      if (described.derived) continue;
      for (const written of pythonValues(value)) expect(code, `${type}: ${path}`).toContain(written);
    }
  });
});
