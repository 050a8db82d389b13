/**
 * The step types of Amazon SageMaker Pipelines.
 *
 * The source notes list seven (`inNotes`); the service supports many more. The pipelines page's
 * table renders this list, and the drag-and-drop pipeline builder reads it, so every step type
 * lives here once.
 *
 * Checked against (2026-11-25):
 * - AWS's published pipeline definition JSON schema (`publishedSchemaTypes` below; a copy of it is
 *   schemas/sagemaker-pipeline-definition.schema.json in this repository), also linked from the SageMaker AI
 *   Developer Guide, "Pipelines overview");
 * - the SageMaker Python SDK (`sagemaker.workflow`: `StepTypeEnum` in steps.py and each step class);
 * - the SageMaker AI Developer Guide, "Add a step" (build-and-manage-steps-types), which names the
 *   drag-and-drop designer's steps (Execute code, Create model, Register model, Deploy model);
 * - the SageMaker API's `PipelineExecutionStepMetadata`, which names the newest step kinds.
 *
 * For a builder: `id` is a unique key only. Emit `definitionType` as a step's "Type" in a pipeline
 * definition: two SDK conveniences (`@step` and Notebook Job) compile to a "Training" step.
 */

export type StepCategory = 'data' | 'build' | 'model' | 'deploy' | 'check' | 'control' | 'integrate' | 'code';

/** Where the "Type" string was confirmed. */
export type TypeEvidence =
  /** An enum value in AWS's published pipeline definition JSON schema. */
  | 'schema'
  /** The SageMaker Python SDK source or its unit tests emit this string. */
  | 'sdk'
  /**
   * Named by the SageMaker API's step metadata (`PipelineExecutionStepMetadata`) and by an SDK step
   * class; the exact string was not seen in a pipeline definition. Re-check before relying on it.
   */
  | 'api';

export interface PipelineStepType {
  /** Unique key; equals `definitionType` except for the SDK conveniences that compile to Training. */
  id: string;
  /** The "Type" value this step has in a pipeline definition JSON. */
  definitionType: string;
  /** Name for the table and the builder's palette. */
  displayName: string;
  /** What the step does, in one or two sentences. */
  summary: string;
  category: StepCategory;
  /** One of the seven step types the source notes list. */
  inNotes: boolean;
  /** Class (or decorator) in the SageMaker Python SDK, `sagemaker.workflow`. */
  sdkClass: string;
  /** `definitionType` is one of the schema's step types (`publishedSchemaTypes`). */
  inSchema: boolean;
  typeEvidence: TypeEvidence;
  /**
   * The published schema allows this step in a Condition step's if/else branches. The schema lists
   * only five types there; the service accepts more (AWS's own examples put Model steps in a
   * branch), but never another Condition step: conditions do not nest.
   */
  schemaAllowsInConditionBranch: boolean;
  /** Anything a reader or a builder must know on top of the summary. */
  note?: string;
  /**
   * The `availability.ts` record of the service the step runs, when that service is closed to new
   * customers (the builder shows the closure from that record, never from words of its own).
   */
  runs?: string;
}

export const categoryLabels: Record<StepCategory, string> = {
  data: 'Prepare data',
  build: 'Train and tune',
  model: 'Create or register a model',
  deploy: 'Predict and deploy',
  check: 'Drift checks against a baseline',
  control: 'Control flow',
  integrate: 'Integrate other services',
  code: 'Your own code',
};

/** The step "Type" values of AWS's published pipeline definition JSON schema, as listed there. */
export const publishedSchemaTypes = [
  'Condition',
  'Training',
  'Processing',
  'Transform',
  'Model',
  'RegisterModel',
  'Lambda',
  'Callback',
  'Tuning',
  'ClarifyCheck',
  'QualityCheck',
  'EMR',
  'Fail',
  'AutoML',
  'Endpoint',
] as const;

/** The seven step types of the source notes, in their order. */
export const notesStepTypeIds = [
  'Processing',
  'Training',
  'Tuning',
  'AutoML',
  'Model',
  'ClarifyCheck',
  'QualityCheck',
] as const;

/** The step types the schema lets a Condition step branch to. */
const schemaBranchTypes = new Set(['Training', 'Fail', 'Processing', 'Transform', 'RegisterModel']);

type StepInput = Omit<PipelineStepType, 'definitionType' | 'inSchema' | 'schemaAllowsInConditionBranch'> & {
  definitionType?: string;
};

function stepType(input: StepInput): PipelineStepType {
  const definitionType = input.definitionType ?? input.id;
  return {
    ...input,
    definitionType,
    inSchema: (publishedSchemaTypes as readonly string[]).includes(definitionType),
    schemaAllowsInConditionBranch: schemaBranchTypes.has(definitionType),
  };
}

export const pipelineStepTypes: readonly PipelineStepType[] = [
  stepType({
    id: 'Processing',
    displayName: 'Processing',
    summary:
      'Runs a SageMaker Processing job: clean, transform, split or featurize data before training, or evaluate a trained model afterwards.',
    category: 'data',
    inNotes: true,
    sdkClass: 'ProcessingStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'EMR',
    displayName: 'EMR',
    summary:
      'Submits a step to an Amazon EMR cluster (a running one, or one the step creates) for big-data processing such as Spark jobs.',
    category: 'data',
    inNotes: false,
    sdkClass: 'EMRStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'EMRServerless',
    displayName: 'EMR Serverless',
    summary: 'Runs a job on Amazon EMR Serverless, on an existing application or on one the step creates.',
    category: 'data',
    inNotes: false,
    sdkClass: 'EMRServerlessStep',
    typeEvidence: 'sdk',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'Training',
    displayName: 'Training',
    summary: 'Runs a SageMaker training job that fits a model to the prepared data.',
    category: 'build',
    inNotes: true,
    sdkClass: 'TrainingStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'FineTune',
    definitionType: 'Training',
    displayName: 'Fine-tune model',
    summary:
      'Fine-tunes a foundation model from SageMaker JumpStart on your data; it runs as a training job, so the definition holds a Training step.',
    category: 'build',
    inNotes: false,
    sdkClass: 'TrainingStep (with a JumpStartEstimator)',
    typeEvidence: 'sdk',
    note: "The visual designer's Fine-tune model step. In a definition it is an ordinary Training step: importing one shows it as Training.",
  }),
  stepType({
    id: 'Tuning',
    displayName: 'Tuning',
    summary:
      'Runs a hyperparameter tuning job (Automatic Model Tuning): many training jobs, keeping the best hyperparameters.',
    category: 'build',
    inNotes: true,
    sdkClass: 'TuningStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'AutoML',
    displayName: 'AutoML',
    summary:
      'Runs an Autopilot (AutoML) job that trains candidate models automatically and keeps the best one.',
    category: 'build',
    inNotes: true,
    sdkClass: 'AutoMLStep',
    typeEvidence: 'schema',
    note: 'In a pipeline the AutoML job runs in ensembling mode (the schema allows only ENSEMBLING).',
  }),
  stepType({
    id: 'Model',
    displayName: 'Model (create model)',
    summary:
      'Creates a SageMaker AI model from the trained artifacts and an inference container, ready for batch transform or an endpoint.',
    category: 'model',
    inNotes: true,
    sdkClass: 'ModelStep',
    typeEvidence: 'schema',
    note: 'ModelStep creates or registers a model: it compiles to a Model step, or to a RegisterModel step when given model.register(). The designer calls it Create model; CreateModelStep is the older class.',
  }),
  stepType({
    id: 'RegisterModel',
    displayName: 'Register model',
    summary:
      'Registers a model version (a model package) in SageMaker Model Registry, with an approval status that can gate deployment.',
    category: 'model',
    inNotes: false,
    sdkClass: 'ModelStep (with model.register())',
    typeEvidence: 'schema',
    note: 'The older RegisterModel step collection emits the same Type.',
  }),
  stepType({
    id: 'Transform',
    displayName: 'Transform',
    summary: 'Runs a batch transform job: offline predictions for a whole dataset in Amazon S3.',
    category: 'deploy',
    inNotes: false,
    sdkClass: 'TransformStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'EndpointConfig',
    displayName: 'Deploy model: endpoint configuration',
    summary:
      'Creates the endpoint configuration (model, instance type and count) that an endpoint is built from.',
    category: 'deploy',
    inNotes: false,
    sdkClass: 'EndpointConfigStep',
    typeEvidence: 'sdk',
    note: 'Not a schema Type: the schema has an EndpointConfigStep definition, but it declares Type "Endpoint" (apparently a slip).',
  }),
  stepType({
    id: 'Endpoint',
    displayName: 'Deploy model (endpoint)',
    summary:
      'Creates a real-time endpoint from an endpoint configuration, or updates the endpoint if it exists.',
    category: 'deploy',
    inNotes: false,
    sdkClass: 'EndpointStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'InferenceComponent',
    displayName: 'Inference component',
    summary:
      'Creates or updates an inference component, so several models share one endpoint and scale independently.',
    category: 'deploy',
    inNotes: false,
    sdkClass: 'InferenceComponentStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'ClarifyCheck',
    displayName: 'ClarifyCheck',
    summary:
      'Runs a SageMaker Clarify check against a baseline and fails the step on drift in data bias, model bias or model explainability.',
    category: 'check',
    inNotes: true,
    sdkClass: 'ClarifyCheckStep',
    typeEvidence: 'schema',
    runs: 'clarify',
    note: 'Check types in the schema: DATA_BIAS, MODEL_BIAS, MODEL_EXPLAINABILITY.',
  }),
  stepType({
    id: 'QualityCheck',
    displayName: 'QualityCheck',
    summary:
      'Compares data quality or model quality with a baseline and fails the step on drift; it can also calculate a new baseline.',
    category: 'check',
    inNotes: true,
    sdkClass: 'QualityCheckStep',
    typeEvidence: 'schema',
    runs: 'model-monitor',
    note: 'Check types in the schema: DATA_QUALITY, MODEL_QUALITY.',
  }),
  stepType({
    id: 'Condition',
    displayName: 'Condition',
    summary:
      'Evaluates conditions on step properties or parameters (for example, accuracy ≥ 0.8) and runs the if branch or the else branch.',
    category: 'control',
    inNotes: false,
    sdkClass: 'ConditionStep',
    typeEvidence: 'schema',
    note: 'A Condition step cannot contain another Condition step: conditions do not nest.',
  }),
  stepType({
    id: 'Fail',
    displayName: 'Fail',
    summary:
      'Stops the pipeline run and marks it Failed with your error message, typically in the else branch of a Condition.',
    category: 'control',
    inNotes: false,
    sdkClass: 'FailStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'Callback',
    displayName: 'Callback',
    summary:
      'Puts a message on an Amazon SQS queue and waits until an outside process reports success or failure; brings in work that runs outside SageMaker AI.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'CallbackStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'Lambda',
    displayName: 'Lambda',
    summary:
      'Runs an AWS Lambda function, for short tasks such as calling another service or notifying a team.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'LambdaStep',
    typeEvidence: 'schema',
  }),
  stepType({
    id: 'Lineage',
    displayName: 'Lineage',
    summary:
      'Records ML Lineage Tracking entities (actions, artifacts, contexts) and the associations between them.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'LineageStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'BedrockModelImport',
    displayName: 'Bedrock model import',
    summary: 'Imports a model trained in SageMaker AI into Amazon Bedrock (a model import job).',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'BedrockModelImportStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'BedrockCustomModel',
    displayName: 'Bedrock custom model',
    summary: 'Creates a custom model in Amazon Bedrock from model artifacts.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'BedrockCustomModelStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'BedrockCustomModelDeployment',
    displayName: 'Bedrock custom model deployment',
    summary: 'Deploys an Amazon Bedrock custom model for on-demand inference.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'BedrockCustomModelDeploymentStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: 'BedrockProvisionedModelThroughput',
    displayName: 'Bedrock provisioned throughput',
    summary: 'Buys dedicated Provisioned Throughput for an Amazon Bedrock model.',
    category: 'integrate',
    inNotes: false,
    sdkClass: 'BedrockProvisionedModelThroughputStep',
    typeEvidence: 'api',
    note: 'Newer than the published schema.',
  }),
  stepType({
    id: '@step',
    definitionType: 'Training',
    displayName: 'Execute code (@step)',
    summary:
      'Turns a Python function into a pipeline step with the @step decorator; the drag-and-drop designer calls it Execute code (a function, script or notebook).',
    category: 'code',
    inNotes: false,
    sdkClass: '@step (sagemaker.workflow.function_step.step)',
    typeEvidence: 'sdk',
    note: 'An SDK convenience, not a schema Type: it compiles to a Training step.',
  }),
  stepType({
    id: 'Notebook Job',
    definitionType: 'Training',
    displayName: 'Notebook Job',
    summary: 'Runs a Jupyter notebook non-interactively as a pipeline step, with parameters you pass in.',
    category: 'code',
    inNotes: false,
    sdkClass: 'NotebookJobStep',
    typeEvidence: 'sdk',
    note: 'An SDK convenience, not a schema Type: it runs as a training job and compiles to a Training step.',
  }),
];

export function findStepType(id: string): PipelineStepType | undefined {
  return pipelineStepTypes.find((step) => step.id === id);
}

/** The catalogue id for a definition `Type`: the type whose id is the Type (so Training, not @step). */
export function stepTypeIdOf(definitionType: string): string | undefined {
  return pipelineStepTypes.find((step) => step.id === step.definitionType && step.id === definitionType)?.id;
}

/** Step types grouped by category, in the order of `categoryLabels`; empty groups are left out. */
export function stepTypesByCategory(): {
  category: StepCategory;
  label: string;
  steps: PipelineStepType[];
}[] {
  return (Object.keys(categoryLabels) as StepCategory[])
    .map((category) => ({
      category,
      label: categoryLabels[category],
      steps: pipelineStepTypes.filter((step) => step.category === category),
    }))
    .filter((group) => group.steps.length > 0);
}
