import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStepType } from '../../data/pipeline-step-types';
import type { BuilderStep } from './model';
import { toPython } from './python';
import { findTemplate, pipelineTemplates } from './templates';
import { arbitraryPipeline } from './testing/arbitrary';

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const allSteps = (steps: BuilderStep[]): BuilderStep[] =>
  steps.flatMap((step) => [step, ...allSteps(step.ifSteps ?? []), ...allSteps(step.elseSteps ?? [])]);

/** Brackets balance outside string literals (the code's quotes are single, escaped inside). */
function bracketsBalance(code: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === "'") inString = false;
    } else if (char === "'") inString = true;
    else if ('([{'.includes(char)) stack.push(char);
    else if (char in pairs && stack.pop() !== pairs[char]) return false;
  }
  return stack.length === 0 && !inString;
}

/** The class or decorator the step's Python uses, as the catalogue names it. */
const sdkName = (type: string) =>
  type === '@step' ? '@step' : (findStepType(type)?.sdkClass.split(' ')[0] ?? type);

describe('toPython', () => {
  it('says which SDK major version the code is written for', () => {
    expect(toPython({ steps: [] })).toMatch(/^# SageMaker Python SDK v2 .*v3/);
  });

  it.each(pipelineTemplates.map((template) => [template.id, template] as const))(
    '%s: names every step and its SDK class, creates and upserts the pipeline',
    (_id, template) => {
      const code = toPython(template.pipeline);
      for (const step of allSteps(template.pipeline.steps)) {
        expect(code).toContain(`'${step.name}'`);
        expect(code).toContain(sdkName(step.type));
      }
      expect(code).toContain('Pipeline(');
      expect(code).toMatch(/pipeline\.upsert\(role_arn=role\)\n$/);
      expect(bracketsBalance(code)).toBe(true);
    },
  );

  it('reads step properties where the definition does', () => {
    const code = toPython(template('classic-mlops').pipeline);
    expect(code).toContain(
      "step_prepare_data.properties.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
    );
    expect(code).toContain(
      "ConditionGreaterThanOrEqualTo(left=step_train_model.properties.FinalMetricDataList['validation:auc'].Value, right=0.8)",
    );
    expect(code).toContain('if_steps=[step_register_model]');
    expect(code).toContain('else_steps=[step_stop_pipeline]');
  });

  it('with evaluationReport, declares the PropertyFile and reads it with JsonGet', () => {
    const code = toPython(template('classic-mlops').pipeline, { evaluationReport: true });
    expect(code).toContain('evaluation_report = PropertyFile(');
    expect(code).toContain('property_files=[evaluation_report]');
    expect(code).toContain("JsonGet(step_name='EvaluateModel', property_file=evaluation_report");
  });

  it('for any pipeline, mentions every step name and SDK class with balanced brackets', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), (pipeline) => {
        const code = toPython(pipeline);
        for (const step of allSteps(pipeline.steps)) {
          expect(code).toContain(`'${step.name.replace(/'/g, "\\'")}'`);
          expect(code).toContain(sdkName(step.type));
        }
        expect(bracketsBalance(code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
