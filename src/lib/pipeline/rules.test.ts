import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineRules, findRule, type RuleId } from '../../data/pipeline-rules';
import type { BuilderPipeline, BuilderStep, CheckType, DefinitionStep, PipelineDefinition } from './model';
import { unknownStepType } from './model';
import { checkPipeline, type Finding } from './rules';
import { allSteps } from './edit';
import { arbitraryPipeline } from './testing/arbitrary';

let counter = 0;
const step = (type: string, name: string, extra: Partial<BuilderStep> = {}): BuilderStep => ({
  key: `k${++counter}`,
  type,
  name,
  ...extra,
});
const condition = (name: string, ifSteps: BuilderStep[], elseSteps: BuilderStep[] = []) =>
  step('Condition', name, { ifSteps, elseSteps });
const check = (type: 'ClarifyCheck' | 'QualityCheck', checkType: CheckType) =>
  step(type, `Check-${checkType}`, { checkType });

const pipeline = (...steps: BuilderStep[]): BuilderPipeline => ({ steps });
const noReferences: PipelineDefinition = { Version: '2020-12-01', Steps: [] };
const definition = (...steps: DefinitionStep[]): PipelineDefinition => ({
  Version: '2020-12-01',
  Steps: steps,
});

function findings(p: BuilderPipeline, def = noReferences): Finding[] {
  return checkPipeline(p, def);
}
function fired(p: BuilderPipeline, rule: RuleId, def = noReferences): Finding[] {
  return findings(p, def).filter((finding) => finding.rule === rule);
}

/** A sound pipeline: no rule fires on it. */
const sound = () =>
  pipeline(
    step('Processing', 'Prep'),
    step('Training', 'Train'),
    step('Model', 'CreateModel'),
    condition('CheckAccuracy', [step('RegisterModel', 'Register')], [step('Fail', 'Stop')]),
  );

describe('checkPipeline on a sound pipeline', () => {
  it('finds nothing', () => {
    expect(findings(sound())).toEqual([]);
  });
});

describe('each finding', () => {
  it('carries its rule’s severity and names its step', () => {
    const p = pipeline(step('Transform', 'Batch'), step('Fail', 'Stop'), step('Lineage', 'Track'));
    const all = findings(p);
    expect(all.length).toBeGreaterThan(0);
    for (const finding of all) {
      expect(finding.severity).toBe(findRule(finding.rule).severity);
      const named = p.steps.find((s) => s.key === finding.stepKey)?.name ?? '';
      expect(finding.message).toContain(named);
    }
  });
});

describe('empty pipeline', () => {
  it('fires on a pipeline without steps, without a step key', () => {
    expect(fired(pipeline(), 'empty-pipeline')).toEqual([
      expect.not.objectContaining({ stepKey: expect.anything() }),
    ]);
  });
  it('stays quiet once there is a step', () => {
    expect(fired(pipeline(step('Processing', 'Prep')), 'empty-pipeline')).toEqual([]);
  });
});

describe('step names', () => {
  it('flags an invalid name, in a branch too', () => {
    const bad = step('Training', 'has space');
    const long = step('Fail', 'x'.repeat(65));
    const result = fired(pipeline(bad, condition('C', [long])), 'invalid-step-name');
    expect(result.map((finding) => finding.stepKey)).toEqual([bad.key, long.key]);
  });
  it('accepts letters, digits, hyphens and underscores up to 64', () => {
    expect(
      fired(pipeline(step('Training', 'Train_2-b'), step('Fail', 'x'.repeat(64))), 'invalid-step-name'),
    ).toEqual([]);
  });
  it('flags both steps of a duplicate name, across branches', () => {
    const first = step('Training', 'Train');
    const second = step('Training', 'Train');
    const result = fired(pipeline(first, condition('C', [second])), 'duplicate-step-name');
    expect(result.map((finding) => finding.stepKey)).toEqual([first.key, second.key]);
  });
  it('treats names that differ only in case as different', () => {
    expect(
      fired(pipeline(step('Training', 'Train'), step('Training', 'train')), 'duplicate-step-name'),
    ).toEqual([]);
  });
});

describe('model without training', () => {
  it('flags a Model or RegisterModel with nothing trained before it', () => {
    const model = step('Model', 'M');
    const register = step('RegisterModel', 'R');
    const result = fired(pipeline(step('Processing', 'Prep'), model, register), 'model-without-training');
    expect(result.map((finding) => finding.stepKey)).toEqual([model.key, register.key]);
  });
  it('flags a model whose training comes after it', () => {
    expect(fired(pipeline(step('Model', 'M'), step('Training', 'T')), 'model-without-training')).toHaveLength(
      1,
    );
  });
  it('accepts any training-job step before it, and a RegisterModel after a trained Model', () => {
    for (const trainer of ['Training', 'Tuning', 'AutoML', '@step', 'Notebook Job']) {
      const p = pipeline(step(trainer, 'T'), step('Model', 'M'), step('RegisterModel', 'R'));
      expect(fired(p, 'model-without-training')).toEqual([]);
    }
  });
  it('lets a branch step see the steps before its Condition', () => {
    const p = pipeline(step('Training', 'T'), condition('C', [step('RegisterModel', 'R')]));
    expect(fired(p, 'model-without-training')).toEqual([]);
  });
});

describe('transform without model', () => {
  it('flags a Transform with no Model step before it', () => {
    expect(
      fired(pipeline(step('Training', 'T'), step('Transform', 'Batch')), 'transform-without-model'),
    ).toHaveLength(1);
  });
  it('accepts a Transform after a Model step', () => {
    const p = pipeline(step('Training', 'T'), step('Model', 'M'), step('Transform', 'Batch'));
    expect(fired(p, 'transform-without-model')).toEqual([]);
  });
  it('does not let a branch step see the other branch', () => {
    const p = pipeline(
      step('Training', 'T'),
      condition('C', [step('Model', 'M')], [step('Transform', 'Batch')]),
    );
    expect(fired(p, 'transform-without-model')).toHaveLength(1);
  });
  it('reads what is upstream, not what is above: a consumer listed above its producer is fine', () => {
    const model = step('Model', 'M', { waitsFor: [] });
    const batch = step('Transform', 'Batch', { waitsFor: [model.key] });
    expect(fired(pipeline(batch, model), 'transform-without-model')).toEqual([]);
  });
  it('flags a step listed below a model it does not wait for', () => {
    const model = step('Model', 'M', { waitsFor: [] });
    const batch = step('Transform', 'Batch', { waitsFor: [] });
    expect(fired(pipeline(model, batch), 'transform-without-model')).toHaveLength(1);
  });
  it('lets a branch step see the earlier steps of its own branch', () => {
    const p = pipeline(
      step('Training', 'T'),
      condition('C', [step('Model', 'M'), step('Transform', 'Batch')]),
    );
    expect(fired(p, 'transform-without-model')).toEqual([]);
  });
});

describe('model checks without a model', () => {
  it('flags model bias and explainability checks before any Model step', () => {
    const p = pipeline(check('ClarifyCheck', 'MODEL_BIAS'), check('ClarifyCheck', 'MODEL_EXPLAINABILITY'));
    expect(fired(p, 'model-bias-check-without-model')).toHaveLength(2);
  });
  it('flags a model quality check before any Model step', () => {
    expect(
      fired(pipeline(check('QualityCheck', 'MODEL_QUALITY')), 'model-quality-check-without-model'),
    ).toHaveLength(1);
  });
  it('accepts data checks anywhere and model checks after a Model step', () => {
    const early = pipeline(check('ClarifyCheck', 'DATA_BIAS'), check('QualityCheck', 'DATA_QUALITY'));
    const late = pipeline(
      step('Model', 'M'),
      check('ClarifyCheck', 'MODEL_BIAS'),
      check('QualityCheck', 'MODEL_QUALITY'),
    );
    for (const p of [early, late]) {
      expect(fired(p, 'model-bias-check-without-model')).toEqual([]);
      expect(fired(p, 'model-quality-check-without-model')).toEqual([]);
    }
  });
});

describe('conditions', () => {
  it('flags a Condition with no Training, Tuning or AutoML before it', () => {
    const p = pipeline(step('Processing', 'Prep'), condition('C', [step('Fail', 'F')]));
    expect(fired(p, 'condition-without-training')).toHaveLength(1);
  });
  it('accepts a Condition after training', () => {
    for (const trainer of ['Training', 'Tuning', 'AutoML']) {
      expect(
        fired(
          pipeline(step(trainer, 'T'), condition('C', [step('Fail', 'F')])),
          'condition-without-training',
        ),
      ).toEqual([]);
    }
  });
  it('flags a Condition whose branches are both empty', () => {
    expect(
      fired(pipeline(step('Training', 'T'), condition('C', [])), 'condition-without-branches'),
    ).toHaveLength(1);
  });
  it('does not call the kept branches of a Condition imported inside a branch empty', () => {
    const inner = {
      ...condition('Inner', []),
      ifSteps: undefined,
      elseSteps: undefined,
      kept: { Arguments: { Conditions: [], IfSteps: [{ Name: 'DeepFail', Type: 'Fail' }], ElseSteps: [] } },
    };
    const p = pipeline(step('Training', 'T'), condition('Outer', [inner]));
    expect(fired(p, 'condition-without-branches')).toEqual([]);
  });
  it('accepts a Condition with one branch filled', () => {
    const p = pipeline(step('Training', 'T'), condition('C', [], [step('Fail', 'F')]));
    expect(fired(p, 'condition-without-branches')).toEqual([]);
  });
  it('warns about a branch step the schema does not allow there', () => {
    const endpoint = step('Endpoint', 'Deploy');
    const result = fired(
      pipeline(step('Training', 'T'), condition('C', [endpoint])),
      'branch-step-outside-schema',
    );
    expect(result).toEqual([expect.objectContaining({ stepKey: endpoint.key, severity: 'warning' })]);
  });
  it('accepts the schema’s branch types in a branch and any type in the main list', () => {
    const allowed = ['Training', 'Processing', 'Transform', 'RegisterModel', 'Fail'].map((type) =>
      step(type, `B-${type}`),
    );
    const p = pipeline(step('Training', 'T'), step('Endpoint', 'E'), condition('C', allowed));
    expect(fired(p, 'branch-step-outside-schema')).toEqual([]);
  });
  it('flags a Condition inside a branch as an error, not as a schema warning', () => {
    const inner = condition('Inner', [step('Fail', 'F')]);
    const p = pipeline(step('Training', 'T'), condition('Outer', [inner]));
    expect(fired(p, 'nested-condition')).toEqual([
      expect.objectContaining({ stepKey: inner.key, severity: 'error' }),
    ]);
    expect(fired(p, 'branch-step-outside-schema')).toEqual([]);
  });
  it('does not flag a Condition in the main list as nested', () => {
    expect(fired(sound(), 'nested-condition')).toEqual([]);
  });
});

describe('step types', () => {
  it('notes a step type newer than the schema', () => {
    const result = fired(pipeline(step('EMRServerless', 'Spark')), 'step-type-newer-than-schema');
    expect(result).toEqual([expect.objectContaining({ severity: 'info' })]);
  });
  it('says nothing of schema types or of SDK conveniences that compile to Training', () => {
    const p = pipeline(step('Processing', 'P'), step('@step', 'Code'), step('Notebook Job', 'Nb'));
    expect(fired(p, 'step-type-newer-than-schema')).toEqual([]);
  });
  it('flags an imported step of unknown type, naming the imported Type', () => {
    const p = pipeline(step(unknownStepType, 'Odd', { kept: { Type: 'Teleport' } }));
    expect(fired(p, 'unknown-step-type')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Teleport') }),
    ]);
    expect(fired(p, 'step-type-newer-than-schema')).toEqual([]);
  });
  it('knows every catalogue type', () => {
    expect(fired(sound(), 'unknown-step-type')).toEqual([]);
  });
});

describe('Fail steps', () => {
  it('warns when a Fail step can run at the same time as other steps, naming them', () => {
    const stop = step('Fail', 'Stop', { waitsFor: [] });
    const p = pipeline(step('Processing', 'A', { waitsFor: [] }), stop);
    const result = fired(p, 'runs-alongside-fail');
    expect(result.map((finding) => finding.stepKey)).toEqual([stop.key]);
    expect(result[0].message).toContain('A');
  });
  it('accepts a Fail step that only the other branch runs alongside', () => {
    const p = pipeline(
      step('Training', 'T'),
      condition('C', [step('RegisterModel', 'R')], [step('Fail', 'Stop')]),
    );
    expect(fired(p, 'runs-alongside-fail')).toEqual([]);
  });
  it('flags a step that waits for a Fail step, or reads it (an error SageMaker refuses)', () => {
    const def = definition(
      { Name: 'Stop', Type: 'Fail' },
      { Name: 'Late', Type: 'Processing', DependsOn: ['Stop'] },
      { Name: 'Reader', Type: 'Lambda', Arguments: { x: { Get: 'Steps.Stop.ErrorMessage' } } },
    );
    const p = pipeline(step('Fail', 'Stop'), step('Processing', 'Late'), step('Lambda', 'Reader'));
    const result = fired(p, 'waits-for-fail', def);
    expect(result.map((finding) => finding.stepKey)).toEqual([p.steps[1].key, p.steps[2].key]);
    expect(result.every((finding) => finding.severity === 'error')).toBe(true);
  });
});

describe('Condition steps as dependencies', () => {
  it('flags a step that waits for a Condition or uses it as input, not the Condition’s branch steps', () => {
    const def = definition(
      {
        Name: 'C',
        Type: 'Condition',
        Arguments: { IfSteps: [{ Name: 'R', Type: 'RegisterModel' }], ElseSteps: [] },
      },
      { Name: 'After', Type: 'Lambda', DependsOn: ['C'] },
      { Name: 'Reads', Type: 'Lambda', Arguments: { x: { Get: 'Steps.C.Outcome' } } },
    );
    const p = pipeline(
      condition('C', [step('RegisterModel', 'R')]),
      step('Lambda', 'After'),
      step('Lambda', 'Reads'),
    );
    const result = fired(p, 'waits-for-condition', def);
    expect(result.map((finding) => finding.stepKey)).toEqual([p.steps[1].key, p.steps[2].key]);
  });
});

describe('evaluation without a model', () => {
  it('flags a Processing step that evaluates with nothing upstream that trains or creates a model', () => {
    const evaluate = step('Processing', 'Eval', { purpose: 'evaluate', waitsFor: [] });
    expect(fired(pipeline(step('Training', 'T'), evaluate), 'evaluation-without-model')).toHaveLength(1);
  });
  it('accepts it downstream of training, and never flags data preparation', () => {
    const train = step('Training', 'T');
    const evaluate = step('Processing', 'Eval', { purpose: 'evaluate', waitsFor: [train.key] });
    expect(fired(pipeline(train, evaluate), 'evaluation-without-model')).toEqual([]);
    expect(
      fired(pipeline(step('Processing', 'Prep', { purpose: 'prepare' })), 'evaluation-without-model'),
    ).toEqual([]);
  });
});

describe('references in the definition', () => {
  const builder = () => pipeline(step('Training', 'Train'), step('Model', 'Make'));

  it('flags a DependsOn or Get that names a missing step, on the referring step', () => {
    const p = builder();
    const def = definition(
      { Name: 'Train', Type: 'Training', DependsOn: ['Prep'] },
      { Name: 'Make', Type: 'Model', Arguments: { Data: { Get: 'Steps.Trian.ModelArtifacts' } } },
    );
    const result = fired(p, 'missing-step-reference', def);
    expect(
      result.map((finding) => [
        finding.stepKey,
        finding.message.includes('Prep') || finding.message.includes('Trian'),
      ]),
    ).toEqual([
      [p.steps[0].key, true],
      [p.steps[1].key, true],
    ]);
  });
  it('accepts references to existing steps and to parameters', () => {
    const def = definition(
      { Name: 'Train', Type: 'Training', Arguments: { Data: { Get: 'Parameters.Input' } } },
      {
        Name: 'Make',
        Type: 'Model',
        Arguments: { Data: { Get: 'Steps.Train.ModelArtifacts' } },
        DependsOn: ['Train'],
      },
    );
    expect(fired(builder(), 'missing-step-reference', def)).toEqual([]);
  });
  it('flags a dependency cycle, naming its steps', () => {
    const def = definition(
      { Name: 'Train', Type: 'Training', DependsOn: ['Make'] },
      { Name: 'Make', Type: 'Model', DependsOn: ['Train'] },
    );
    const result = fired(builder(), 'dependency-cycle', def);
    expect(result).toHaveLength(1);
    expect(result[0].message).toMatch(/Train.*Make|Make.*Train/);
  });
  it('finds no cycle in a chain', () => {
    const def = definition(
      { Name: 'Train', Type: 'Training' },
      { Name: 'Make', Type: 'Model', DependsOn: ['Train'] },
    );
    expect(fired(builder(), 'dependency-cycle', def)).toEqual([]);
  });
});

describe('the rule data', () => {
  const anchors: Record<string, string[]> = {
    pipelines: [
      'a-typical-pipeline',
      'the-seven-step-types-to-know',
      'all-step-types',
      'how-steps-connect',
      'conditions-and-branches',
      'step-names',
    ],
    'model-registry': ['approval-status-and-automated-deployment'],
    inference: ['batch-transform'],
    clarify: ['3-bias-detection'],
    'model-monitor': ['the-four-monitor-types'],
  };

  it('has unique ids', () => {
    const ids = pipelineRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(pipelineRules.map((rule) => [rule.id, rule] as const))('%s cites AWS documentation', (_, rule) => {
    const url = new URL(rule.source.url);
    // AWS's guide and SDK docs; where they are silent, AWS's own SDK repository (its issues).
    expect(url.hostname + (url.hostname === 'github.com' ? url.pathname.split('/')[1] : '')).toMatch(
      /^(docs\.aws\.amazon\.com|sagemaker\.readthedocs\.io|github\.comaws)$/,
    );
    expect(new URL(rule.source.url).protocol).toBe('https:');
    expect(rule.source.title.trim()).not.toBe('');
  });
  it.each(pipelineRules.map((rule) => [rule.id, rule] as const))(
    '%s links a heading the site has',
    (_, rule) => {
      expect(anchors[rule.learnMore.slug] ?? []).toContain(rule.learnMore.hash);
    },
  );
  it.each(pipelineRules.map((rule) => [rule.id, rule] as const))(
    '%s says what, why and how to fix',
    (_, rule) => {
      for (const text of [rule.title, rule.why, rule.fix, rule.learnMore.label])
        expect(text.trim()).not.toBe('');
    },
  );
});

describe('properties over random pipelines', () => {
  it('a pipeline within the published schema, with unique valid names, breaks no schema or name rule', () => {
    const quiet: RuleId[] = [
      'branch-step-outside-schema',
      'step-type-newer-than-schema',
      'unknown-step-type',
      'invalid-step-name',
      'duplicate-step-name',
      'nested-condition',
    ];
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: true }), (p) => {
        expect(findings(p).filter((finding) => quiet.includes(finding.rule))).toEqual([]);
      }),
    );
  });

  it('every finding about a step points at a step of the pipeline', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ schemaOnly: false }), (p) => {
        const keys = new Set(allSteps(p).map(({ step }) => step.key));
        for (const finding of findings(p)) {
          if (finding.stepKey !== undefined) expect(keys.has(finding.stepKey)).toBe(true);
        }
      }),
    );
  });
});
