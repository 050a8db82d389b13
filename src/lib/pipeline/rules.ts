/**
 * The builder's live checks: which rules of `src/data/pipeline-rules.ts` a pipeline breaks, and
 * where. Rules about what a step needs read the builder's dependencies: what is *upstream* of a
 * step (it runs only after those steps), never its place in the list. Rules about references and
 * DependsOn read the exported definition (it holds them as SageMaker AI will see them).
 */
import { findStepType } from '../../data/pipeline-step-types';
import { ruleSeverity, type RuleId, type RuleSeverity } from '../../data/pipeline-rule-severity';
import { concurrentWith, upstreamOf } from './dependencies';
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
const trainingTypes = ['Training', 'Tuning', 'AutoML', '@step', 'Notebook Job', 'FineTune'];
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
  for (const visit of visits(pipeline)) checkStep(pipeline, visit, nameCounts, report);
  checkReferences(pipeline, definition, report);
  return found;
}

type Report = (rule: RuleId, message: string, stepKey?: string) => void;

/** A step as the checks meet it: the types upstream of it, and the branch it sits in. */
interface Visit {
  step: BuilderStep;
  /** Types of the steps upstream of this one. */
  upstream: ReadonlySet<string>;
  /** The Condition and branch holding the step, for a branch step. */
  branch?: { condition: BuilderStep; name: 'if' | 'else' };
}

/** The steps in document order, each with the types upstream of it. */
function visits(pipeline: BuilderPipeline): Visit[] {
  return pipeline.steps.flatMap((step) => [
    { step, upstream: upstreamTypes(pipeline, step) },
    ...(['if', 'else'] as const).flatMap((name) =>
      ((name === 'if' ? step.ifSteps : step.elseSteps) ?? []).map((inner) => ({
        step: inner,
        upstream: upstreamTypes(pipeline, inner),
        branch: { condition: step, name },
      })),
    ),
  ]);
}

function upstreamTypes(pipeline: BuilderPipeline, step: BuilderStep): Set<string> {
  return new Set(upstreamOf(pipeline, step.key).map((up) => up.type));
}

function countNames(pipeline: BuilderPipeline): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { step } of allSteps(pipeline)) counts.set(step.name, (counts.get(step.name) ?? 0) + 1);
  return counts;
}

function checkStep(
  pipeline: BuilderPipeline,
  visit: Visit,
  nameCounts: Map<string, number>,
  report: Report,
): void {
  const { step, upstream, branch } = visit;
  const name = step.name;
  const stepType = findStepType(step.type);
  const flag = (rule: RuleId, message: string) => report(rule, message, step.key);
  const ranBefore = (types: string[]) => types.some((type) => upstream.has(type));

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
    flag('model-without-training', `${name} ${verb} a model, but no step upstream of it trains one.`);
  }
  if (step.type === 'Processing' && step.purpose === 'evaluate' && !ranBefore([...trainingTypes, 'Model'])) {
    flag(
      'evaluation-without-model',
      `${name} evaluates a model, but no step upstream of it trains or creates one.`,
    );
  }
  if (step.type === 'Transform' && !upstream.has('Model')) {
    flag(
      'transform-without-model',
      `${name} runs a batch transform, but no Model step upstream of it creates a model.`,
    );
  }
  if (step.checkType && modelChecks.has(step.checkType) && !upstream.has('Model')) {
    const rule =
      step.type === 'QualityCheck' ? 'model-quality-check-without-model' : 'model-bias-check-without-model';
    flag(rule, `${name} runs a ${step.checkType} check, but no Model step is upstream of it.`);
  }

  if (step.type === 'Condition') {
    if (!ranBefore(testableTypes)) {
      flag(
        'condition-without-training',
        `${name} has nothing to test: no Training, Tuning or AutoML step is upstream of it.`,
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

  if (step.type === 'Fail') {
    const alongside = concurrentWith(pipeline, step.key);
    if (alongside.length > 0) {
      flag(
        'runs-alongside-fail',
        `${name} can run at the same time as ${nameList(alongside)}: the execution ends as Failed only once those finish, and steps that have not started by then never run.`,
      );
    }
  }
}

function nameList(steps: readonly BuilderStep[]): string {
  const names = steps.slice(0, 4).map((step) => step.name);
  const more = steps.length > names.length ? ` and ${steps.length - names.length} more` : '';
  return `${names.join(', ')}${more}`;
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
  const typeOf = new Map(graph.nodes.map((node) => [node.name, node.type]));
  for (const { from, to, kind } of graph.edges) {
    if (kind !== 'dependsOn' && kind !== 'data') continue;
    const how = kind === 'data' ? 'uses the output of' : 'waits for (DependsOn)';
    if (typeOf.get(from) === 'Fail') {
      report(
        'waits-for-fail',
        `${to} ${how} the Fail step ${from}, which SageMaker does not allow.`,
        keys.get(to),
      );
    } else if (typeOf.get(from) === 'Condition') {
      report(
        'waits-for-condition',
        `${to} ${how} the Condition step ${from}: a step runs after a Condition only from inside one of its branches.`,
        keys.get(to),
      );
    }
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
