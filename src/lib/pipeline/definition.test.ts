import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitionJson, toDefinition } from './definition';
import { dependencyGraph, layoutGraph, referencedSteps } from './graph';
import type { BuilderPipeline, BuilderStep, DefinitionStep } from './model';
import { findTemplate } from './templates';
import { arbitraryPipeline } from './testing/arbitrary';

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const classic = template('classic-mlops').pipeline;
const step = (type: string, name: string, extra: Partial<BuilderStep> = {}): BuilderStep => ({
  key: name,
  type,
  name,
  ...extra,
});
const byName = (steps: DefinitionStep[], name: string) => {
  const found = steps.find((s) => s.Name === name);
  if (!found) throw new Error(`no step ${name}`);
  return found;
};
const branches = (s: DefinitionStep) =>
  s.Arguments as { Conditions: unknown[]; IfSteps: DefinitionStep[]; ElseSteps: DefinitionStep[] };
/** A Condition's own content, without its branch steps. */
const own = (s: DefinitionStep) => {
  if (s.Type !== 'Condition') return s;
  const args = Object.entries(branches(s)).filter(([key]) => key !== 'IfSteps' && key !== 'ElseSteps');
  return { ...s, Arguments: Object.fromEntries(args) };
};

/** Each sequence (the top level, each branch) with the names run before each step. */
function sequences(steps: DefinitionStep[], before: string[] = []): [DefinitionStep, string[]][] {
  const result: [DefinitionStep, string[]][] = [];
  const seen = [...before];
  for (const s of steps) {
    result.push([s, [...seen]]);
    if (s.Type === 'Condition') {
      result.push(...sequences(branches(s).IfSteps, seen), ...sequences(branches(s).ElseSteps, seen));
    }
    seen.push(s.Name);
  }
  return result;
}

describe('toDefinition', () => {
  it('writes Version, the used parameters with defaults, and every step once', () => {
    const definition = toDefinition(classic);
    expect(definition.Version).toBe('2020-12-01');
    expect(definition.Parameters?.map((p) => [p.Name, p.DefaultValue])).toEqual([
      ['ProcessingInstanceType', 'ml.m5.xlarge'],
      ['TrainingInstanceType', 'ml.m5.xlarge'],
      ['InputData', 's3://amzn-s3-demo-bucket/pipeline/input/data.csv'],
    ]);
    expect(JSON.stringify(definition.Steps.slice(0, 3))).not.toContain('StopPipeline');
  });

  it('declares ModelApprovalStatus only with sdkFields, and reads it in RegisterModel', () => {
    const sdk = toDefinition(classic, { sdkFields: true });
    expect(sdk.Parameters?.map((p) => p.Name)).toContain('ModelApprovalStatus');
    const register = branches(byName(sdk.Steps, 'CheckAccuracy')).IfSteps[0];
    expect((register.Arguments as Record<string, unknown>).ModelApprovalStatus).toEqual({
      Get: 'Parameters.ModelApprovalStatus',
    });
  });

  it('wires the classic pipeline through step properties, as the SDK writes them', () => {
    const steps = toDefinition(classic).Steps;
    const json = (name: string) => JSON.stringify(byName(steps, name));
    expect(json('TrainModel')).toContain(
      `{"Get":"Steps.PrepareData.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"}`,
    );
    expect(json('EvaluateModel')).toContain('{"Get":"Steps.TrainModel.ModelArtifacts.S3ModelArtifacts"}');
    expect(branches(byName(steps, 'CheckAccuracy'))).toMatchObject({
      Conditions: [
        {
          Type: 'GreaterThanOrEqualTo',
          LeftValue: { Get: "Steps.TrainModel.FinalMetricDataList['validation:auc'].Value" },
          RightValue: 0.8,
        },
      ],
    });
  });

  it('feeds a Model step into Transform, and the Model step the artifacts the training job wrote', () => {
    const pipeline = template('batch-scoring').pipeline;
    const steps = toDefinition(pipeline).Steps;
    expect(byName(steps, 'CreateModel').Arguments).toMatchObject({
      PrimaryContainer: { ModelDataUrl: { Get: 'Steps.TrainModel.ModelArtifacts.S3ModelArtifacts' } },
    });
    expect(byName(steps, 'ScoreBatch').Arguments).toMatchObject({
      ModelName: { Get: 'Steps.CreateModel.ModelName' },
    });
  });

  it.each([
    [
      'automl-quick-start',
      'CreateBestModel',
      'Steps.AutoPilotTraining.BestCandidate.InferenceContainers[0].ModelDataUrl',
    ],
    ['quality-and-bias-checks', 'CreateModel', 'Steps.TrainModel.ModelArtifacts.S3ModelArtifacts'],
    ['batch-scoring', 'CreateModel', 'Steps.TrainModel.ModelArtifacts.S3ModelArtifacts'],
  ])('%s: the Model step reads the model its job made, never a literal file', (id, name, path) => {
    const steps = toDefinition(template(id).pipeline).Steps;
    expect(byName(steps, name).Arguments).toMatchObject({
      PrimaryContainer: { ModelDataUrl: { Get: path } },
    });
  });

  it('reads a tuning step’s best model where TuningStep.get_top_model_s3_uri joins it', () => {
    const steps = toDefinition({
      steps: [
        { key: 'tune', type: 'Tuning', name: 'Tune', waitsFor: [] },
        { key: 'model', type: 'Model', name: 'BestModel', waitsFor: ['tune'] },
      ],
    }).Steps;
    const outputPath = 's3://amzn-s3-demo-bucket/pipeline/Tune';
    expect(byName(steps, 'Tune').Arguments).toMatchObject({
      TrainingJobDefinition: { OutputDataConfig: { S3OutputPath: outputPath } },
    });
    // The SDK's Join: "s3:/", the bucket, the prefix, the best job's name, "output/model.tar.gz".
    expect(byName(steps, 'BestModel').Arguments).toMatchObject({
      PrimaryContainer: {
        ModelDataUrl: {
          'Std:Join': {
            On: '/',
            Values: [
              's3:/',
              'amzn-s3-demo-bucket',
              'pipeline/Tune',
              { Get: 'Steps.Tune.TrainingJobSummaries[0].TrainingJobName' },
              'output/model.tar.gz',
            ],
          },
        },
      },
    });
    // The reference inside the Join is the dependency: no DependsOn.
    expect(byName(steps, 'BestModel').DependsOn).toBeUndefined();
  });

  it('writes EMR Serverless Arguments in the shape SDK v3’s EMRServerlessStep sends', () => {
    const steps = toDefinition({ steps: [step('EMRServerless', 'RunSpark')] }).Steps;
    expect(steps[0].Arguments).toMatchObject({
      ExecutionRoleArn: expect.stringMatching(/^arn:aws:iam::/),
      ApplicationId: expect.any(String),
      JobConfig: {
        executionRoleArn: expect.any(String),
        applicationId: expect.any(String),
        jobDriver: { sparkSubmit: {} },
      },
    });
  });

  it('makes references and DependsOn point at steps run earlier only', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), fc.boolean(), (pipeline, evaluationReport) => {
        const definition = toDefinition(pipeline, { evaluationReport, sdkFields: evaluationReport });
        for (const [s, before] of sequences(definition.Steps)) {
          for (const name of referencedSteps(own(s))) expect(before).toContain(name);
          for (const name of s.DependsOn ?? []) expect(before).toContain(name);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('makes each step after the first in its sequence depend on the one before, by Get or DependsOn', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), (pipeline) => {
        const check = (steps: DefinitionStep[]) =>
          steps.forEach((s, i) => {
            if (s.Type === 'Condition') {
              check(branches(s).IfSteps);
              check(branches(s).ElseSteps);
            }
            if (i === 0) return expect(s.DependsOn).toBeUndefined();
            const previous = steps[i - 1].Name;
            const reads = referencedSteps(own(s)).includes(previous);
            expect(s.DependsOn).toEqual(reads ? undefined : [previous]);
          });
        check(toDefinition(pipeline).Steps);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), (pipeline) => {
        expect(definitionJson(pipeline)).toBe(definitionJson(structuredClone(pipeline)));
      }),
      { numRuns: 100 },
    );
    expect(definitionJson(classic)).toBe(JSON.stringify(toDefinition(classic), null, 2));
  });

  it('lets kept fields win over the generated ones', () => {
    const pipeline: BuilderPipeline = {
      steps: [
        step('Processing', 'Prep'),
        step('Training', 'Train', {
          kept: {
            Arguments: { HyperParameters: { max_depth: '5' } },
            DependsOn: ['Elsewhere'],
            extra: { DisplayName: 'Train it', Name: 'Ignored', CacheConfig: { Enabled: true } },
          },
        }),
        step('Unknown', 'Odd', { kept: { Type: 'Quantum', Arguments: { Qubits: 3 } } }),
      ],
      kept: {
        PipelineExperimentConfig: { ExperimentName: 'exp' },
        Parameters: [
          { Name: 'InputData', Type: 'String', DefaultValue: 's3://amzn-s3-demo-bucket/mine.csv' },
        ],
        Version: '1999-01-01',
      },
    };
    const definition = toDefinition(pipeline);
    expect(byName(definition.Steps, 'Train')).toEqual({
      Name: 'Train',
      Type: 'Training',
      Arguments: { HyperParameters: { max_depth: '5' } },
      DisplayName: 'Train it',
      CacheConfig: { Enabled: true },
      // What it waits for in the builder, then the kept names of steps the builder cannot show.
      DependsOn: ['Prep', 'Elsewhere'],
    });
    expect(byName(definition.Steps, 'Odd')).toEqual({
      Name: 'Odd',
      Type: 'Quantum',
      Arguments: { Qubits: 3 },
      DependsOn: ['Train'],
    });
    expect(definition.Version).toBe('2020-12-01');
    expect(definition.PipelineExperimentConfig).toEqual({ ExperimentName: 'exp' });
    expect(definition.Parameters?.map((p) => [p.Name, p.DefaultValue])).toEqual([
      ['InputData', 's3://amzn-s3-demo-bucket/mine.csv'],
      ['ProcessingInstanceType', 'ml.m5.xlarge'],
    ]);
  });

  it("keeps a Condition's imported Arguments but exports the builder's branches", () => {
    const condition = step('Condition', 'Check', {
      ifSteps: [step('Fail', 'Stop')],
      elseSteps: [],
      kept: { Arguments: { Conditions: [{ Type: 'Equals', LeftValue: 1, RightValue: 1 }], IfSteps: [] } },
    });
    const exported = toDefinition({ steps: [condition] }).Steps[0];
    expect(branches(exported)).toMatchObject({
      Conditions: [{ Type: 'Equals', LeftValue: 1, RightValue: 1 }],
      IfSteps: [{ Name: 'Stop', Type: 'Fail' }],
      ElseSteps: [],
    });
  });

  it('with evaluationReport, declares the property file and reads the metric with Std:JsonGet', () => {
    const steps = toDefinition(classic, { evaluationReport: true }).Steps;
    expect(byName(steps, 'EvaluateModel').PropertyFiles).toEqual([
      { PropertyFileName: 'EvaluationReport', OutputName: 'evaluation', FilePath: 'evaluation.json' },
    ]);
    const outputs = (
      byName(steps, 'EvaluateModel').Arguments as { ProcessingOutputConfig: { Outputs: unknown[] } }
    ).ProcessingOutputConfig.Outputs;
    expect(outputs).toContainEqual(expect.objectContaining({ OutputName: 'evaluation' }));
    expect(branches(byName(steps, 'CheckAccuracy')).Conditions).toEqual([
      {
        Type: 'GreaterThanOrEqualTo',
        LeftValue: {
          'Std:JsonGet': {
            PropertyFile: { Get: 'Steps.EvaluateModel.PropertyFiles.EvaluationReport' },
            Path: 'binary_classification_metrics.auc.value',
          },
        },
        RightValue: 0.8,
      },
    ]);
    expect(JSON.stringify(toDefinition(classic))).not.toMatch(/PropertyFiles|Std:JsonGet/);
  });
});

describe('toDefinition: dependencies', () => {
  const checks = template('quality-and-bias-checks').pipeline;

  it('writes DependsOn only where no property reference already implies it', () => {
    // Each step of the classic pipeline reads the output of what it waits for, except the
    // Condition, which compares the training metric but waits for the evaluation too.
    expect(toDefinition(classic).Steps.map((s) => s.DependsOn)).toEqual([
      undefined,
      undefined,
      undefined,
      ['EvaluateModel'],
    ]);
    // Reading the evaluation report implies it.
    const withReport = toDefinition(classic, { evaluationReport: true }).Steps;
    expect(withReport.map((s) => s.DependsOn)).toEqual([undefined, undefined, undefined, undefined]);
    const parallel = toDefinition(checks).Steps;
    expect(byName(parallel, 'CheckDataQuality').DependsOn).toBeUndefined();
    expect(byName(parallel, 'CheckDataBias').DependsOn).toBeUndefined();
    expect(byName(parallel, 'TrainModel').DependsOn).toEqual(['CheckDataQuality', 'CheckDataBias']);
  });

  it('lets two steps that wait for the same step run side by side', () => {
    const graph = dependencyGraph(toDefinition(checks));
    const layout = layoutGraph(graph);
    expect(layout.positions.get('CheckDataQuality')?.layer).toBe(
      layout.positions.get('CheckDataBias')?.layer,
    );
    expect(layout.positions.get('TrainModel')?.layer).toBe(
      (layout.positions.get('CheckDataBias')?.layer ?? 0) + 1,
    );
  });

  it('makes a step that waits for nothing wait for nothing, whatever its place in the list', () => {
    const p: BuilderPipeline = {
      steps: [step('Processing', 'Prep', { waitsFor: [] }), step('Lambda', 'Notify', { waitsFor: [] })],
    };
    expect(toDefinition(p).Steps.map((s) => s.DependsOn)).toEqual([undefined, undefined]);
  });

  it('reads outputs from upstream steps, not from the steps above it', () => {
    // The training step is listed first but waits for Prep: it still reads Prep's train output.
    const p: BuilderPipeline = {
      steps: [
        step('Training', 'Train', { waitsFor: ['Prep'] }),
        step('Processing', 'Prep', { waitsFor: [] }),
      ],
    };
    const train = byName(toDefinition(p).Steps, 'Train');
    expect(referencedSteps(train.Arguments)).toEqual(['Prep']);
    expect(train.DependsOn).toBeUndefined();
  });

  it('keeps a Processing step’s purpose wherever it sits', () => {
    const p: BuilderPipeline = {
      steps: [
        step('Processing', 'Eval', { purpose: 'evaluate', waitsFor: [] }),
        step('Training', 'Train', { waitsFor: [] }),
      ],
    };
    const evaluate = JSON.stringify(byName(toDefinition(p).Steps, 'Eval').Arguments);
    expect(evaluate).toContain('evaluate.py');
    expect(evaluate).not.toContain('preprocess.py');
  });
});
