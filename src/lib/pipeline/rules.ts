/**
 * The builder's live checks: which rules of `src/data/pipeline-rules.ts` a pipeline breaks, and
 * where. Step-order rules read the builder's model; reference rules read the exported definition
 * (it holds the imported `DependsOn` and property references as SageMaker AI will see them).
 *
 * Execution order is document order. A step "sees" the steps that run before it: a branch step
 * sees the steps before its Condition and the earlier steps of its own branch, not the other
 * branch; a step after a Condition sees the steps of both branches (one of them will have run).
 */
import { findStepType } from '../../data/pipeline-step-types';
import { ruleSeverity, type RuleId, type RuleSeverity } from '../../data/pipeline-rule-severity';
import { allSteps } from './edit';
import { dependencyGraph } from './graph';
import type { BuilderPipeline, BuilderStep, PipelineDefinition } from './model';
import { stepNamePattern, unknownStepType } from './model';

export interface Finding {
  rule: RuleId;
  severity: RuleSeverity;
  /** The step the finding is about, when there is one. */
  stepKey?: string;
  /** A sentence that names the step. */
  message: string;
}

/** Step types that run a training job and so leave model artifacts behind. */
const trainingTypes = ['Training', 'Tuning', 'AutoML', '@step', 'Notebook Job'];
/** Step types whose results (metrics) a Condition typically compares. */
const testableTypes = ['Training', 'Tuning', 'AutoML'];
const modelChecks = new Set(['MODEL_BIAS', 'MODEL_EXPLAINABILITY', 'MODEL_QUALITY']);

/** Every finding for the pipeline, pipeline-wide first, then step by step in document order. */
export function checkPipeline(pipeline: BuilderPipeline, definition: PipelineDefinition): Finding[] {
  const found: Finding[] = [];
  const report = (rule: RuleId, message: string, stepKey?: string) =>
    found.push({
      rule,
      severity: ruleSeverity[rule],
      message,
      ...(stepKey !== undefined && { stepKey }),
    });

  if (pipeline.steps.length === 0) report('empty-pipeline', 'The pipeline has no steps yet.');
  const nameCounts = countNames(pipeline);
  for (const visit of visits(pipeline)) checkStep(visit, nameCounts, report);
  checkReferences(pipeline, definition, report);
  return found;
}

type Report = (rule: RuleId, message: string, stepKey?: string) => void;

/** A step as the checks meet it: what ran before it, where it sits, what stopped its list. */
interface Visit {
  step: BuilderStep;
  /** Types of the steps that run before this one. */
  before: ReadonlySet<string>;
  /** The Condition and branch holding the step, for a branch step. */
  branch?: { condition: BuilderStep; name: 'if' | 'else' };
  /** An earlier Fail step in the same list. */
  afterFail?: BuilderStep;
}

/** The steps in document order, each with what it sees (see the module comment). */
function visits(pipeline: BuilderPipeline): Visit[] {
  const result: Visit[] = [];
  const walk = (steps: BuilderStep[], seen: ReadonlySet<string>, branch?: Visit['branch']) => {
    let before = seen;
    let afterFail: BuilderStep | undefined;
    for (const step of steps) {
      result.push({ step, before, ...(branch && { branch }), ...(afterFail && { afterFail }) });
      const upToHere = new Set([...before, step.type]);
      const ifSeen = walk(step.ifSteps ?? [], upToHere, { condition: step, name: 'if' });
      const elseSeen = walk(step.elseSteps ?? [], upToHere, { condition: step, name: 'else' });
      before = new Set([...ifSeen, ...elseSeen]);
      if (step.type === 'Fail') afterFail ??= step;
    }
    return before;
  };
  walk(pipeline.steps, new Set());
  return result;
}

function countNames(pipeline: BuilderPipeline): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { step } of allSteps(pipeline)) counts.set(step.name, (counts.get(step.name) ?? 0) + 1);
  return counts;
}

function checkStep(visit: Visit, nameCounts: Map<string, number>, report: Report): void {
  const { step, before, branch, afterFail } = visit;
  const name = step.name;
  const stepType = findStepType(step.type);
  const flag = (rule: RuleId, message: string) => report(rule, message, step.key);
  const ranBefore = (types: string[]) => types.some((type) => before.has(type));

  if (!stepNamePattern.test(name)) {
    flag('invalid-step-name', `"${name}" is not a valid step name: use 1 to 64 letters, digits, - or _.`);
  }
  if ((nameCounts.get(name) ?? 0) > 1) flag('duplicate-step-name', `More than one step is named ${name}.`);

  if (step.type === unknownStepType || !stepType) {
    flag(
      'unknown-step-type',
      `${name} has the step type ${step.kept?.Type ?? step.type}, which the builder does not know.`,
    );
  } else if (!stepType.inSchema) {
    flag(
      'step-type-newer-than-schema',
      `${name} is a ${stepType.displayName} step, newer than the published schema.`,
    );
  }

  if ((step.type === 'Model' || step.type === 'RegisterModel') && !ranBefore(trainingTypes)) {
    const verb = step.type === 'Model' ? 'creates' : 'registers';
    flag('model-without-training', `${name} ${verb} a model, but no step before it trains one.`);
  }
  if (step.type === 'Transform' && !before.has('Model')) {
    flag(
      'transform-without-model',
      `${name} runs a batch transform, but no Model step before it creates a model.`,
    );
  }
  if (step.checkType && modelChecks.has(step.checkType) && !before.has('Model')) {
    const rule =
      step.type === 'QualityCheck' ? 'model-quality-check-without-model' : 'model-bias-check-without-model';
    flag(rule, `${name} runs a ${step.checkType} check, but no Model step comes before it.`);
  }

  if (step.type === 'Condition') {
    if (!ranBefore(testableTypes)) {
      flag(
        'condition-without-training',
        `${name} has nothing to test: no Training, Tuning or AutoML step runs before it.`,
      );
    }
    if (branchCount(step) === 0) {
      flag('condition-without-branches', `Both branches of ${name} are empty.`);
    }
  }

  if (branch && step.type === 'Condition') {
    flag(
      'nested-condition',
      `${name} sits in the ${branch.name} branch of ${branch.condition.name}: conditions do not nest.`,
    );
  } else if (branch && stepType && !stepType.schemaAllowsInConditionBranch) {
    flag(
      'branch-step-outside-schema',
      `${name} (${stepType.displayName}) is in the ${branch.name} branch of ${branch.condition.name}, where the published schema does not allow it.`,
    );
  }

  if (afterFail)
    flag('step-after-fail', `${name} comes after the Fail step ${afterFail.name}, so it never runs.`);
}

/** A Condition's branch steps: the builder's, or, for one imported inside a branch, its kept ones. */
function branchCount(step: BuilderStep): number {
  const kept = step.kept?.Arguments as { IfSteps?: unknown; ElseSteps?: unknown } | undefined;
  const keptLength = (branch: unknown) => (Array.isArray(branch) ? branch.length : 0);
  return (
    (step.ifSteps?.length ?? keptLength(kept?.IfSteps)) +
    (step.elseSteps?.length ?? keptLength(kept?.ElseSteps))
  );
}

function checkReferences(pipeline: BuilderPipeline, definition: PipelineDefinition, report: Report): void {
  const graph = dependencyGraph(definition);
  const keys = new Map<string, string>();
  for (const { step } of allSteps(pipeline)) if (!keys.has(step.name)) keys.set(step.name, step.key);

  for (const { from, to } of graph.missing) {
    report(
      'missing-step-reference',
      `${from} refers to a step called ${to}, which is not in the pipeline.`,
      keys.get(from),
    );
  }
  if (graph.cycle) {
    const circle = [...graph.cycle, graph.cycle[0]].join(' → ');
    report(
      'dependency-cycle',
      `These steps wait for each other in a circle: ${circle}.`,
      keys.get(graph.cycle[0]),
    );
  }
}
