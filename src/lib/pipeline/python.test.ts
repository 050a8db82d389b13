import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStepType } from '../../data/pipeline-step-types';
import { importDefinition } from './import';
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

/** What running the exports through SDK v2 found: the Python now says what the JSON says. */
describe('toPython sets what the definition sets', () => {
  const classicCode = () => toPython(template('classic-mlops').pipeline);
  const one = (type: string, name = type, extra: Partial<BuilderStep> = {}) =>
    toPython({ steps: [{ key: name, type, name, ...extra }] });

  it('names the bucket once, and every S3 URI reads it', () => {
    const code = classicCode();
    expect(code.match(/^bucket = '.+'/gm)).toHaveLength(1);
    expect(code).not.toMatch(/'s3:\/\/amzn-s3-demo-bucket/);
    expect(code).toContain("f's3://{bucket}/pipeline/input/data.csv'");
  });

  it('gives processing outputs the destination the JSON names', () => {
    expect(classicCode()).toContain(
      "ProcessingOutput(output_name='train', source='/opt/ml/processing/train', destination=f's3://{bucket}/pipeline/PrepareData/train')",
    );
  });

  it('runs the script from its S3 code URI, not a local file name', () => {
    const code = classicCode();
    expect(code).toContain("code=f's3://{bucket}/pipeline/code/preprocess.py'");
    expect(code).not.toMatch(/code='preprocess\.py'/);
  });

  it('registers the model with the model metrics the JSON has', () => {
    expect(classicCode()).toContain(
      "model_metrics=ModelMetrics(model_statistics=MetricsSource(s3_uri=f's3://{bucket}/pipeline/EvaluateModel/evaluation/evaluation.json', content_type='application/json'))",
    );
  });

  it('limits AutoML the way the JSON does', () => {
    const code = toPython(template('automl-quick-start').pipeline);
    expect(code).toContain('max_candidates=10,');
    expect(code).toContain('total_job_runtime_in_seconds=3600,');
  });

  it('assembles the transform output by line, as the JSON says', () => {
    expect(toPython(template('batch-scoring').pipeline)).toContain("assemble_with='Line',");
  });

  it('reads ModelDataUrl from the training step by default', () => {
    expect(toPython(template('batch-scoring').pipeline)).toContain(
      'model_data=step_train_model.properties.ModelArtifacts.S3ModelArtifacts,',
    );
  });

  it('reads a tuning step’s best model with the Join get_top_model_s3_uri builds, in the bucket variable', () => {
    const code = toPython({
      steps: [
        { key: 'tune', type: 'Tuning', name: 'Tune', waitsFor: [] },
        { key: 'model', type: 'Model', name: 'BestModel', waitsFor: ['tune'] },
      ],
    });
    expect(code).toContain('from sagemaker.workflow.functions import Join');
    expect(code).toContain(
      "model_data=Join(on='/', values=['s3:/', bucket, 'pipeline/Tune', step_tune.properties.TrainingJobSummaries[0].TrainingJobName, 'output/model.tar.gz']),",
    );
    expect(code).not.toContain('best-model');
  });

  it('gives @step the role and keeps its dependencies', () => {
    const code = toPython({
      steps: [
        { key: 'a', type: 'Lambda', name: 'Notify' },
        { key: 'b', type: '@step', name: 'Summarise' },
      ],
    });
    expect(code).toMatch(/@step\(name='Summarise', role=role,/);
    expect(code).toContain("get_step(step_summarise).add_depends_on(['Notify'])");
    expect(code).toContain('from sagemaker.workflow.step_outputs import get_step');
  });

  it('says that SDK v2 has no EMR Serverless step, and leaves it out of the v2 pipeline', () => {
    const code = one('EMRServerless', 'RunSpark');
    expect(code).not.toMatch(/^from sagemaker\.workflow\.emr_serverless_step/m);
    expect(code).toContain("# Step 'RunSpark': SDK v2 has no EMR Serverless step");
    expect(code).toContain('sagemaker.mlops.workflow.emr_serverless_step');
    expect(code).toContain('steps=[],');
  });

  it('says the SDK writes the ClarifyCheck analysis config itself, and reads the dataset input', () => {
    const code = toPython(template('quality-and-bias-checks').pipeline);
    expect(code).toContain('# The SDK writes the analysis_config.json itself');
    expect(code).toContain(
      "s3_data_input_path=step_prepare_data.properties.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
    );
  });

  it('names the SDK defaults and step renames the JSON does not show', () => {
    const code = toPython(template('batch-scoring').pipeline);
    expect(code).toContain('DebugHookConfig');
    expect(code).toContain('"<name>-CreateModel"');
  });

  it('tunes over the ranges the JSON names', () => {
    expect(one('Tuning', 'Tune')).toContain(
      "hyperparameter_ranges={'eta': ContinuousParameter(0.1, 0.5), 'max_depth': IntegerParameter(3, 10)},",
    );
  });
});

/** SDK-written definitions, imported: the Python says what they say, or says what is a sketch. */
describe('toPython for an imported definition', () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const importedCode = (text: string) => {
    const result = importDefinition(text);
    if (!result.ok) throw new Error(result.error);
    return toPython(result.pipeline);
  };

  it('types each parameter as the definition does, and a Float keeps its decimal point', () => {
    const code = importedCode(fixture('sdk-abalone.json'));
    expect(code).toContain(
      "processing_instance_count = ParameterInteger(name='ProcessingInstanceCount', default_value=1)",
    );
    expect(code).toContain("mse_threshold = ParameterFloat(name='MseThreshold', default_value=6.0)");
    expect(code).toContain(
      "instance_type = ParameterString(name='InstanceType', default_value='ml.m5.xlarge')",
    );
    expect(bracketsBalance(code)).toBe(true);
  });

  it('keeps the full S3 URI of each script', () => {
    expect(importedCode(fixture('sdk-abalone.json'))).toContain(
      "code='s3://sagemaker-us-east-1-111122223333/AbalonePipeline/code/preprocessing.py'",
    );
  });

  it('says which steps are a sketch', () => {
    expect(importedCode(fixture('sdk-abalone.json'))).toMatch(
      /^# A SKETCH for the imported steps \(AbaloneProcess, /m,
    );
    expect(toPython(template('classic-mlops').pipeline)).not.toContain('SKETCH');
  });

  it('renders a Condition nested in a branch with its own branch steps, never if_steps=[, ]', () => {
    const code = importedCode(fixture('sdk-extras.json'));
    expect(code).not.toMatch(/\[\s*,/);
    expect(code).toContain('step_deep_fail = FailStep(');
    expect(code).toContain('if_steps=[step_deep_fail],');
    expect(code).toContain('if_steps=[step_inner_condition],');
    expect(bracketsBalance(code)).toBe(true);
  });

  it('keeps cache and retry settings', () => {
    const code = importedCode(fixture('sdk-extras.json'));
    expect(code).toContain("cache_config=CacheConfig(enable_caching=True, expire_after='PT1H'),");
    expect(code).toContain(
      'retry_policies=[StepRetryPolicy(exception_types=[StepExceptionTypeEnum.SERVICE_FAULT, StepExceptionTypeEnum.THROTTLING], interval_seconds=5, backoff_rate=2.0, max_attempts=3)],',
    );
    expect(code).toContain('from sagemaker.workflow.retry import StepExceptionTypeEnum, StepRetryPolicy');
  });

  it('reads Execution variables, Std:Join and an @step result without undefined names', () => {
    const code = importedCode(
      JSON.stringify({
        Version: '2020-12-01',
        Steps: [
          {
            Name: 'Notify',
            Type: 'Lambda',
            FunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f',
            Arguments: {
              run: { Get: 'Execution.PipelineExecutionId' },
              where: { 'Std:Join': { On: '/', Values: ['s3:/', 'b', { Get: 'Execution.PipelineName' }] } },
              result: { 'Std:JsonGet': { S3Uri: 's3://b/results.json', Path: 'Result' } },
            },
          },
        ],
      }),
    );
    expect(code).toContain('ExecutionVariables.PIPELINE_EXECUTION_ID');
    expect(code).toContain("Join(on='/', values=['s3:/', 'b', ExecutionVariables.PIPELINE_NAME])");
    expect(code).toContain("JsonGet(s3_uri='s3://b/results.json', json_path='Result')");
    expect(code).toContain('from sagemaker.workflow.execution_variables import ExecutionVariables');
    expect(code).toContain('from sagemaker.workflow.functions import Join, JsonGet');
  });

  it('reads a ClarifyCheck dataset from its dataset input, not the analysis config', () => {
    const code = importedCode(
      JSON.stringify({
        Version: '2020-12-01',
        Steps: [
          {
            Name: 'CheckBias',
            Type: 'ClarifyCheck',
            CheckType: 'DATA_BIAS',
            Arguments: {
              ProcessingInputs: [
                { InputName: 'analysis_config', S3Input: { S3Uri: 's3://b/config/analysis_config.json' } },
                { InputName: 'dataset', S3Input: { S3Uri: 's3://b/data/train.csv' } },
              ],
            },
          },
        ],
      }),
    );
    expect(code).toContain("s3_data_input_path='s3://b/data/train.csv'");
  });
});
