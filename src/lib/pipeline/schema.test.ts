import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaGapsOf, stepTypesNewerThanSchema } from '../../data/pipeline-schema-gaps';
import { pipelineStepTypes } from '../../data/pipeline-step-types';
import { toDefinition, type ExportOptions } from './definition';
import type { BuilderPipeline } from './model';
import { arbitraryPipeline } from './testing/arbitrary';
import { validateDefinition, withoutGaps } from './testing/schema-validator';

const vendored = new URL('../../../schemas/sagemaker-pipeline-definition.schema.json', import.meta.url);
const shared = new URL(
  '../../../../shared/schemas/sagemaker-pipeline-definition.schema.json',
  import.meta.url,
);

const beyondSchema: ExportOptions = { evaluationReport: true, sdkFields: true };

describe('the published schema', () => {
  it.skipIf(!existsSync(shared))('is vendored unchanged from the shared folder', () => {
    expect(readFileSync(vendored, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  // Thousands of runs: a generous limit for a busy CI machine (no timing is asserted).
  // A Model step's ModelDataUrl reads the training job's artifacts, and a tuning step's best model
  // is joined from its best job's name, which the schema does not allow: the only gaps a pipeline
  // of schema types has, and the definition validates without them.
  it(
    'accepts 2,000 random pipelines of schema types, with no gap but model data from a step or joined',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(arbitraryPipeline({ schemaOnly: true }), (pipeline) => {
          const definition = toDefinition(pipeline);
          const gaps = schemaGapsOf(definition);
          const modelData = ['model-data-reference', 'joined-value'];
          expect(gaps.filter((gap) => !modelData.includes(gap.kind.id))).toEqual([]);
          expect(validateDefinition(withoutGaps(definition, gaps))).toEqual([]);
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('rejects a definition with gaps only for the parts schemaGapsOf names', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), fc.boolean(), (pipeline, sdkLike) => {
        const definition = toDefinition(pipeline, sdkLike ? beyondSchema : {});
        const gaps = schemaGapsOf(definition);
        expect(validateDefinition(definition).length > 0).toBe(gaps.length > 0);
        expect(validateDefinition(withoutGaps(definition, gaps))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('schemaGapsOf', () => {
  const gapIds = (pipeline: BuilderPipeline, options?: ExportOptions) =>
    schemaGapsOf(toDefinition(pipeline, options)).map((gap) => [gap.kind.id, gap.step]);
  const step = (type: string, name: string) => ({ key: name, type, name });

  it('derives the newer step types from the catalogue, EndpointConfig aside', () => {
    const expected = pipelineStepTypes
      .filter((type) => !type.inSchema && type.id !== 'EndpointConfig')
      .map((type) => type.definitionType);
    expect(stepTypesNewerThanSchema).toEqual(expected);
    expect(stepTypesNewerThanSchema.length).toBeGreaterThan(0);
  });

  it('names an @step result read with Std:JsonGet as such, not as a property file', () => {
    const reader = {
      ...step('Lambda', 'Notify'),
      kept: { Arguments: { score: { 'Std:JsonGet': { S3Uri: 's3://b/results.json', Path: 'Result' } } } },
    };
    expect(gapIds({ steps: [reader] })).toEqual([['step-result', 'Notify']]);
  });

  it('names each out-of-schema step type and the step it is on', () => {
    expect(gapIds({ steps: [step('Lineage', 'Track'), step('EndpointConfig', 'Config')] })).toEqual([
      ['newer-step-type', 'Track'],
      ['endpoint-config-type', 'Config'],
    ]);
    const unknown = { ...step('Unknown', 'Odd'), kept: { Type: 'Quantum' } };
    expect(gapIds({ steps: [unknown] })).toEqual([['unknown-step-type', 'Odd']]);
  });

  it('names a branch step whose type the schema does not allow in a branch', () => {
    const condition = { ...step('Condition', 'Check'), ifSteps: [step('Model', 'Make')], elseSteps: [] };
    expect(gapIds({ steps: [step('Training', 'Train'), condition] })).toEqual([
      ['branch-step-type', 'Make'],
      ['model-data-reference', 'Make'],
    ]);
  });

  it('names the SDK-only fields and the kept PipelineExperimentConfig', () => {
    const template = {
      steps: [
        step('Training', 'Train'),
        { ...step('Processing', 'Evaluate'), purpose: 'evaluate' as const },
        step('Model', 'Make'),
        step('RegisterModel', 'Register'),
        { ...step('Condition', 'Check'), ifSteps: [], elseSteps: [step('Fail', 'Stop')] },
      ],
      kept: { PipelineExperimentConfig: { ExperimentName: { Get: 'Execution.PipelineName' } } },
    };
    expect(gapIds(template, beyondSchema)).toEqual([
      ['experiment-config', undefined],
      ['property-files', 'Evaluate'],
      ['model-data-reference', 'Make'],
      ['model-approval-status', 'Register'],
      ['property-files', 'Check'],
    ]);
  });

  it('gives every gap an explanation and an AWS or SDK source', () => {
    const definition = toDefinition({ steps: [step('Lineage', 'Track')] });
    for (const gap of schemaGapsOf(definition)) {
      expect(gap.kind.explanation.length).toBeGreaterThan(40);
      expect(gap.kind.source).toMatch(
        /^https:\/\/(docs\.aws\.amazon\.com|aws-sagemaker-mlops\.github\.io)\//,
      );
    }
  });
});
