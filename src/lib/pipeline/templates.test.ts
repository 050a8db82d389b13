import { describe, expect, it } from 'vitest';
import { findStepType } from '../../data/pipeline-step-types';
import { toDefinition } from './definition';
import { stepNamePattern, type BuilderStep } from './model';
import { findTemplate, pipelineTemplates } from './templates';
import { validateDefinition } from './testing/schema-validator';

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const allSteps = (steps: BuilderStep[]): BuilderStep[] =>
  steps.flatMap((step) => [step, ...allSteps(step.ifSteps ?? []), ...allSteps(step.elseSteps ?? [])]);

/** Top-level and branch steps as [Type, Name], branches inline after their Condition. */
const typesAndNames = (steps: { Name: string; Type: string; Arguments?: unknown }[]): string[][] =>
  steps.flatMap((step) => {
    const args = step.Arguments as { IfSteps?: typeof steps; ElseSteps?: typeof steps };
    return [
      [step.Type, step.Name],
      ...typesAndNames(args.IfSteps ?? []),
      ...typesAndNames(args.ElseSteps ?? []),
    ];
  });

describe('pipeline templates', () => {
  it('have unique ids that findTemplate finds', () => {
    const ids = pipelineTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findTemplate(id)?.id).toBe(id);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it.each(pipelineTemplates.map((template) => [template.id, template] as const))(
    '%s: catalogue types, valid unique names and keys',
    (_id, template) => {
      const steps = allSteps(template.pipeline.steps);
      for (const step of steps) {
        expect(findStepType(step.type), step.type).toBeDefined();
        expect(step.name).toMatch(stepNamePattern);
      }
      expect(new Set(steps.map((step) => step.name)).size).toBe(steps.length);
      expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
    },
  );

  // Where a Model step reads the trained model's artifacts, the schema's one known gap: with a
  // literal URI there, the definition validates.
  it.each(pipelineTemplates.map((template) => [template.id, template] as const))(
    '%s: the default export validates against the published schema, but for model data from a step',
    (_id, template) => {
      const definition = toDefinition(template.pipeline);
      for (const step of definition.Steps) {
        const container = (step.Arguments as { PrimaryContainer?: { ModelDataUrl?: unknown } })
          .PrimaryContainer;
        if (step.Type === 'Model' && container)
          container.ModelDataUrl = 's3://amzn-s3-demo-bucket/model.tar.gz';
      }
      expect(validateDefinition(definition)).toEqual([]);
    },
  );

  it('classic-mlops exports the expected steps, the branches inline in the Condition', () => {
    const definition = toDefinition(template('classic-mlops').pipeline);
    expect(definition.Steps.map((step) => step.Name)).toEqual([
      'PrepareData',
      'TrainModel',
      'EvaluateModel',
      'CheckAccuracy',
    ]);
    expect(typesAndNames(definition.Steps)).toEqual([
      ['Processing', 'PrepareData'],
      ['Training', 'TrainModel'],
      ['Processing', 'EvaluateModel'],
      ['Condition', 'CheckAccuracy'],
      ['RegisterModel', 'RegisterModel'],
      ['Fail', 'StopPipeline'],
    ]);
  });

  it.each([
    ['automl-quick-start', ['AutoML', 'Model', 'RegisterModel']],
    [
      'quality-and-bias-checks',
      ['Processing', 'QualityCheck', 'ClarifyCheck', 'Training', 'Model', 'ClarifyCheck', 'RegisterModel'],
    ],
    ['batch-scoring', ['Processing', 'Training', 'Model', 'Transform']],
  ])('%s exports the expected Types in order', (id, types) => {
    const definition = toDefinition(template(id).pipeline);
    expect(definition.Steps.map((step) => step.Type)).toEqual(types);
  });

  it('quality-and-bias-checks carries each check type to the definition', () => {
    const definition = toDefinition(template('quality-and-bias-checks').pipeline);
    expect(definition.Steps.flatMap((step) => step.CheckType ?? [])).toEqual([
      'DATA_QUALITY',
      'DATA_BIAS',
      'MODEL_BIAS',
    ]);
  });
});
