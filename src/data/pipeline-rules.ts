/**
 * The checks the pipeline builder runs while the reader builds: what each one means, why it
 * matters, how to fix it, where the site explains it and which AWS page it comes from. The
 * checking code (`src/lib/pipeline/rules.ts`) decides where a rule fires; the words live here.
 *
 * Severities live in `pipeline-rule-severity.ts`.
 *
 * Sources checked on 2026-11-25.
 */
import { ruleSeverity, type RuleId, type RuleSeverity } from './pipeline-rule-severity';

export type { RuleId, RuleSeverity };

export interface PipelineRule {
  id: RuleId;
  severity: RuleSeverity;
  /** A short heading for the finding. */
  title: string;
  /** Why it matters, in a sentence or two. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** The section of this site that explains the idea (a page slug and a heading id). */
  learnMore: { slug: string; hash: string; label: string };
  /** The AWS (or SageMaker Python SDK) page the rule rests on. */
  source: { title: string; url: string };
}

const sources = {
  stepTypes: {
    title: 'Amazon SageMaker AI Developer Guide: Add a step (Pipelines step types)',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps-types.html',
  },
  steps: {
    title: 'Amazon SageMaker AI Developer Guide: Pipelines steps (data and custom dependencies)',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps.html',
  },
  overview: {
    title: 'Amazon SageMaker AI Developer Guide: Pipelines overview (the DAG and the definition JSON schema)',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines-overview.html',
  },
  createTransformJob: {
    title: 'Amazon SageMaker API Reference: CreateTransformJob',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html',
  },
  conditionDependency: {
    title: 'SageMaker Python SDK issue 3565: a Condition step cannot be a dependency of a later step',
    url: 'https://github.com/aws/sagemaker-python-sdk/issues/3565',
  },
  sdkPipelines: {
    title: 'SageMaker Python SDK: Pipelines (step classes and check configurations)',
    url: 'https://sagemaker.readthedocs.io/en/stable/workflows/pipelines/sagemaker.workflow.pipelines.html',
  },
} as const;

const learnMore = {
  typical: { slug: 'pipelines', hash: 'a-typical-pipeline', label: 'A typical pipeline' },
  allTypes: { slug: 'pipelines', hash: 'all-step-types', label: 'All step types' },
  connect: { slug: 'pipelines', hash: 'how-steps-connect', label: 'How steps connect' },
  conditions: { slug: 'pipelines', hash: 'conditions-and-branches', label: 'Conditions and branches' },
  names: { slug: 'pipelines', hash: 'step-names', label: 'Step names' },
  batch: { slug: 'inference', hash: 'batch-transform', label: 'Batch transform' },
  bias: { slug: 'clarify', hash: '3-bias-detection', label: 'Clarify: bias detection' },
  monitors: { slug: 'model-monitor', hash: 'the-four-monitor-types', label: 'The four monitor types' },
} as const;

const rules: Record<RuleId, Omit<PipelineRule, 'id' | 'severity'>> = {
  'empty-pipeline': {
    title: 'The pipeline has no steps',
    why: 'A pipeline is a graph of steps; with none there is nothing to run.',
    fix: 'Drag a step from the palette, for example Processing to prepare data, then Training.',
    learnMore: learnMore.typical,
    source: sources.overview,
  },
  'invalid-step-name': {
    title: 'Step name not allowed',
    why: 'A step name must be 1 to 64 characters of letters, digits, hyphens (-) and underscores (_); the pipeline definition schema refuses anything else.',
    fix: 'Rename the step: remove spaces and other characters, or shorten it.',
    learnMore: learnMore.names,
    source: sources.overview,
  },
  'duplicate-step-name': {
    title: 'Two steps share a name',
    why: 'Steps refer to each other by name (in DependsOn and property references), so a name must be unique within the pipeline.',
    fix: 'Rename one of the steps.',
    learnMore: learnMore.names,
    source: sources.sdkPipelines,
  },
  'model-without-training': {
    title: 'A model with nothing trained upstream',
    why: 'A Model or RegisterModel step packages model artifacts, which normally come from a training, tuning, fine-tuning or AutoML step upstream of it.',
    fix: 'Make it wait for a Training, Tuning, Fine-tune or AutoML step (or an @step or Notebook Job that trains), unless the artifacts already sit in Amazon S3.',
    learnMore: learnMore.connect,
    source: sources.stepTypes,
  },
  'transform-without-model': {
    title: 'A batch transform with no model upstream',
    why: 'A transform job runs an existing SageMaker AI model on a dataset: it needs the model to have been created first.',
    fix: 'Make the Transform step wait for a Model step, unless the model already exists in your account.',
    learnMore: learnMore.batch,
    source: sources.createTransformJob,
  },
  'model-bias-check-without-model': {
    title: 'A model bias or explainability check with no model',
    why: "Model bias and model explainability checks need the model's predictions (the check is configured with the model and an endpoint to create from it), so a model must exist by then. Data bias checks need no model.",
    fix: 'Make the ClarifyCheck step wait for a Model step, or switch the check to DATA_BIAS.',
    learnMore: learnMore.bias,
    source: sources.sdkPipelines,
  },
  'model-quality-check-without-model': {
    title: 'A model quality check with no model',
    why: "A model quality check compares the model's predictions with ground-truth labels, so there must be a model to predict. Data quality checks need no model.",
    fix: 'Make the QualityCheck step wait for a Model step (and usually a Transform step for the predictions), or switch the check to DATA_QUALITY.',
    learnMore: learnMore.monitors,
    source: sources.sdkPipelines,
  },
  'condition-without-training': {
    title: 'A condition with nothing to test',
    why: 'A Condition step usually compares a property of a step upstream of it, such as a training metric; with no Training, Tuning or AutoML step upstream, there is no metric to compare.',
    fix: 'Make the Condition wait for the step whose result it should test, or compare a pipeline parameter instead.',
    learnMore: learnMore.conditions,
    source: sources.stepTypes,
  },
  'condition-without-branches': {
    title: 'A condition with two empty branches',
    why: 'Whatever the condition decides, nothing different happens.',
    fix: 'Drop steps into its if branch (for example RegisterModel) or its else branch (for example Fail).',
    learnMore: learnMore.conditions,
    source: sources.stepTypes,
  },
  'branch-step-outside-schema': {
    title: "A branch step the published schema doesn't allow",
    why: 'The published pipeline definition schema allows only Training, Processing, Transform, RegisterModel and Fail steps inside a branch. The Python SDK accepts more, but a definition checked against the schema fails.',
    fix: 'Keep it if you build with the SDK; to stay within the schema, move the step out of the branch.',
    learnMore: learnMore.conditions,
    source: sources.overview,
  },
  'nested-condition': {
    title: 'A condition inside a condition',
    why: 'AWS documentation says SageMaker Pipelines does not support nested Condition steps. The Python SDK (v2) still compiles a Condition inside another’s branch, so a definition it wrote can hold one: the SDK is no safeguard here.',
    fix: 'List both comparisons in one Condition (its if branch runs only when all hold), or move the inner Condition to the main list.',
    learnMore: learnMore.conditions,
    source: sources.stepTypes,
  },
  'step-type-newer-than-schema': {
    title: 'A step type newer than the published schema',
    why: 'SageMaker AI and the Python SDK support this step type, but the published pipeline definition schema predates it, so a schema validator rejects it.',
    fix: 'Nothing to fix for SageMaker AI; expect schema-based tools to complain.',
    learnMore: learnMore.allTypes,
    source: sources.overview,
  },
  'unknown-step-type': {
    title: 'An unknown step type',
    why: "The imported definition has a step whose Type is none of the step types this builder knows, so the builder can't explain or check it.",
    fix: 'Check the Type for a typing mistake; the builder keeps the step as it is on export.',
    learnMore: learnMore.allTypes,
    source: sources.stepTypes,
  },
  'runs-alongside-fail': {
    title: 'Steps that run at the same time as a Fail step',
    why: 'A Fail step marks the execution Failed, but not at once: steps running at the same time finish first (AWS: the pipeline does not terminate until all concurrent steps are completed). Steps that have not started by then never start.',
    fix: 'If nothing should run once the pipeline fails, put the Fail step in a Condition branch, and make the other steps wait for something the Fail step does not run alongside.',
    learnMore: learnMore.allTypes,
    source: sources.stepTypes,
  },
  'waits-for-fail': {
    title: 'A step that waits for a Fail step',
    why: 'AWS does not let a Fail step be in the DependsOn list of another step, and a Fail step has no properties to read: once it runs, the execution fails.',
    fix: "Make the step wait for something else (its 'Waits for' choices), or remove the reference.",
    learnMore: learnMore.allTypes,
    source: sources.stepTypes,
  },
  'waits-for-condition': {
    title: 'A step that waits for a Condition step',
    why: 'A Condition step only decides which of its branches runs. Creating a pipeline in which another step depends on a Condition fails (as reported in the SageMaker Python SDK issue tracker; the AWS guide does not say it), so the steps that should run after the decision belong in its branches.',
    fix: 'Move the step into the if or else branch, or make it wait for the steps the Condition waits for.',
    learnMore: learnMore.conditions,
    source: sources.conditionDependency,
  },
  'evaluation-without-model': {
    title: 'An evaluation with no model upstream',
    why: 'An evaluation job scores a trained model on test data; with no training, tuning, AutoML or Model step upstream, there is no model from this pipeline for it to read.',
    fix: 'Make the step wait for the training step (Waits for), or switch its purpose to preparing data.',
    learnMore: learnMore.connect,
    source: sources.steps,
  },
  'missing-step-reference': {
    title: "A reference to a step that doesn't exist",
    why: 'A DependsOn entry or a property reference (Steps.<name>…) names a step that is not in the pipeline, so SageMaker AI cannot build the graph.',
    fix: 'Rename the reference to an existing step, or add the missing step.',
    learnMore: learnMore.connect,
    source: sources.steps,
  },
  'dependency-cycle': {
    title: 'Steps that wait for each other',
    why: 'A pipeline is a directed acyclic graph: when steps depend on each other in a circle, none of them can start.',
    fix: 'Remove one of the dependencies in the circle (a DependsOn entry or a property reference).',
    learnMore: learnMore.connect,
    source: sources.overview,
  },
};

export function findRule(id: RuleId): PipelineRule {
  return { id, severity: ruleSeverity[id], ...rules[id] };
}

export const pipelineRules: readonly PipelineRule[] = (Object.keys(rules) as RuleId[]).map(findRule);
