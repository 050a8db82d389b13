import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  categoryLabels,
  findStepType,
  notesStepTypeIds,
  pipelineStepTypes,
  publishedSchemaTypes,
  stepTypesByCategory,
} from './pipeline-step-types';

/** AWS's published pipeline definition schema, vendored in the repository. */
const schemaPath = fileURLToPath(
  new URL('../../schemas/sagemaker-pipeline-definition.schema.json', import.meta.url),
);

/** The "Type" enum of every step definition the schema allows in its top-level `Steps` list. */
function typesInSchema(): string[] {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    properties: { Steps: { items: { oneOf: { $ref: string }[] } } };
    definitions: Record<string, { properties: { Type: { enum: string[] } } }>;
  };
  const names = schema.properties.Steps.items.oneOf.map((ref) => ref.$ref.replace('#/definitions/', ''));
  return [...new Set(names.flatMap((name) => schema.definitions[name].properties.Type.enum))];
}

describe('pipeline step types', () => {
  it('have unique ids', () => {
    const ids = pipelineStepTypes.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('include the seven step types of the notes, flagged, and flag no other', () => {
    for (const id of notesStepTypeIds) {
      expect(findStepType(id)?.inNotes, id).toBe(true);
    }
    const flagged = pipelineStepTypes.filter((step) => step.inNotes).map((step) => step.id);
    expect(flagged.sort()).toEqual([...notesStepTypeIds].sort());
  });

  it('cover every step Type of the published schema', () => {
    const types = new Set(pipelineStepTypes.map((step) => step.definitionType));
    for (const type of publishedSchemaTypes) expect(types, type).toContain(type);
  });

  it('are flagged inSchema exactly when their Type is a schema Type', () => {
    for (const step of pipelineStepTypes) {
      expect(step.inSchema, step.id).toBe(
        (publishedSchemaTypes as readonly string[]).includes(step.definitionType),
      );
    }
  });

  it('list the schema Types as the schema file does', () => {
    expect([...publishedSchemaTypes].sort()).toEqual(typesInSchema().sort());
  });

  it('give each step a name, a summary, an SDK class and a known category', () => {
    for (const step of pipelineStepTypes) {
      expect(step.displayName.length, step.id).toBeGreaterThan(0);
      expect(step.summary.length, step.id).toBeGreaterThan(20);
      expect(step.sdkClass.length, step.id).toBeGreaterThan(0);
      expect(Object.keys(categoryLabels), step.id).toContain(step.category);
    }
  });

  it('compile the SDK conveniences (@step, Notebook Job) and Fine-tune model to Training steps', () => {
    expect(findStepType('FineTune')?.definitionType).toBe('Training');
    expect(findStepType('@step')?.definitionType).toBe('Training');
    expect(findStepType('Notebook Job')?.definitionType).toBe('Training');
    for (const step of pipelineStepTypes.filter((step) => step.id !== step.definitionType)) {
      expect(step.inNotes, step.id).toBe(false);
      expect(step.typeEvidence, step.id).not.toBe('schema');
    }
  });

  it('never let a Condition step sit in a Condition branch', () => {
    expect(findStepType('Condition')?.schemaAllowsInConditionBranch).toBe(false);
  });

  it('confirm schema evidence only for schema Types', () => {
    for (const step of pipelineStepTypes.filter((step) => step.typeEvidence === 'schema')) {
      expect(step.inSchema, step.id).toBe(true);
    }
  });

  it('group every step exactly once by category', () => {
    const grouped = stepTypesByCategory().flatMap((group) => group.steps.map((step) => step.id));
    expect(grouped.sort()).toEqual(pipelineStepTypes.map((step) => step.id).sort());
  });
});
