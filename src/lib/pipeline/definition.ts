/**
 * Exports the builder's pipeline as a SageMaker pipeline definition (the JSON `CreatePipeline` takes).
 *
 * Each step gets placeholder Arguments in the request shape of the API it calls, and reads what it
 * needs from the nearest step upstream of it that offers it (a `{"Get": "Steps.<name>…"}` property
 * reference). `DependsOn` lists what the step waits for that no property reference already implies:
 * SageMaker builds the same graph from both, and the list order decides nothing. Property paths follow the
 * SDK (`sagemaker.workflow.properties`: list items as `['key']`) and the Describe* API responses:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps.html
 *
 * The output validates against AWS's published schema except where the schema is wrong for a real
 * run: a Model step reads ModelDataUrl from the step that made the model (the schema accepts only a
 * literal s3:// URI, which would name a file no job writes). Two options go further, as the SDK
 * does: `evaluationReport` (PropertyFiles and `Std:JsonGet`) and `sdkFields` (a RegisterModel
 * step's ModelApprovalStatus, which the schema's RegisterModel lacks).
 */

import { waitsForIn } from './dependencies';
import { referencedSteps } from './graph';
import { findStepType } from '../../data/pipeline-step-types';
import type {
  BuilderPipeline,
  BuilderStep,
  DefinitionParameter,
  DefinitionStep,
  PipelineDefinition,
} from './model';
import * as placeholder from './placeholders';
import {
  existingModelName,
  inputData,
  param,
  parameterDefaults,
  stepProperty,
  type ExportOptions,
  type Generate,
  type Generated,
  type Offers,
  type ParameterName,
  type StepContext,
} from './steps/context';
import { generators as familyGenerators } from './steps/families';
import { processingJob, s3Input, s3Output } from './steps/processing';

export type { ExportOptions } from './steps/context';

function autoML(ctx: StepContext): Generated {
  const best = 'BestCandidate.InferenceContainers[0]';
  return {
    fields: {
      Arguments: {
        AutoMLJobConfig: {
          Mode: 'ENSEMBLING',
          CompletionCriteria: { MaxCandidates: 10, MaxAutoMLJobRuntimeInSeconds: 3600 },
        },
        InputDataConfig: [
          {
            ChannelType: 'training',
            ContentType: 'text/csv;header=present',
            CompressionType: 'None',
            TargetAttributeName: placeholder.targetColumn,
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: inputData(ctx, 'trainData') } },
          },
        ],
        OutputDataConfig: { S3OutputPath: placeholder.s3Uri(ctx.name) },
        RoleArn: placeholder.roleArn,
        ProblemType: 'BinaryClassification',
        AutoMLJobObjective: { MetricName: 'AUC' },
      },
    },
    offers: {
      modelData: stepProperty(ctx.name, `${best}.ModelDataUrl`),
      image: stepProperty(ctx.name, `${best}.Image`),
      metric: stepProperty(ctx.name, 'BestCandidate.FinalAutoMLJobObjectiveMetric.Value'),
    },
  };
}

/** The model a Model or RegisterModel step packages: the nearest one made before it. */
function modelToPackage(ctx: StepContext) {
  const made = ctx.find('modelData');
  return {
    data: made ?? placeholder.s3Uri('model/model.tar.gz'),
    image: ctx.find('image') ?? placeholder.images.xgboost,
  };
}

function createModel(ctx: StepContext): Generated {
  const model = modelToPackage(ctx);
  // The training job's own artifacts, as the SDK writes it: a literal URI would name a file no job
  // writes. The published schema accepts only a literal here (a gap the export panel explains).
  const modelDataUrl = model.data;
  return {
    fields: {
      Arguments: {
        ExecutionRoleArn: placeholder.roleArn,
        PrimaryContainer: { Image: model.image, ModelDataUrl: modelDataUrl },
      },
    },
    offers: {
      modelName: stepProperty(ctx.name, 'ModelName'),
      modelData: stepProperty(ctx.name, 'PrimaryContainer.ModelDataUrl'),
      image: stepProperty(ctx.name, 'PrimaryContainer.Image'),
    },
  };
}

function registerModel(ctx: StepContext): Generated {
  const model = modelToPackage(ctx);
  const evaluation = ctx.find('evaluation');
  return {
    fields: {
      Arguments: {
        ModelPackageGroupName: placeholder.modelPackageGroup,
        ...(ctx.options.sdkFields && { ModelApprovalStatus: param('ModelApprovalStatus') }),
        InferenceSpecification: {
          Containers: [{ Image: model.image, ModelDataUrl: model.data }],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
          SupportedRealtimeInferenceInstanceTypes: [placeholder.instanceType],
          SupportedTransformInstanceTypes: [placeholder.instanceType],
        },
        ...(evaluation && {
          ModelMetrics: {
            ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: evaluation.reportUri } },
          },
        }),
      },
    },
    offers: { modelPackageArn: stepProperty(ctx.name, 'ModelPackageArn') },
  };
}

function transform(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelName: ctx.find('modelName') ?? existingModelName,
        TransformInput: {
          DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: inputData(ctx, 'testData') } },
          ContentType: 'text/csv',
          SplitType: 'Line',
        },
        TransformOutput: { S3OutputPath: placeholder.s3Uri(`${ctx.name}/predictions`), AssembleWith: 'Line' },
        TransformResources: { InstanceCount: 1, InstanceType: param('TransformInstanceType') },
      },
    },
  };
}

/** Step-level fields the schema gives both check steps. */
function checkFields(checkType: string) {
  return {
    CheckType: checkType,
    ModelPackageGroupName: placeholder.modelPackageGroup,
    SkipCheck: false,
    RegisterNewBaseline: false,
  };
}

function clarifyCheck(ctx: StepContext, checkType: string): Generated {
  const { name } = ctx;
  const needsModel = checkType !== 'DATA_BIAS';
  return {
    fields: {
      Arguments: processingJob(
        { ImageUri: placeholder.images.clarify },
        [
          s3Input('dataset', inputData(ctx, 'trainData'), '/opt/ml/processing/input/data'),
          s3Input(
            'analysis_config',
            placeholder.s3Uri(`${name}/analysis_config.json`),
            '/opt/ml/processing/input/config',
          ),
        ],
        [s3Output(name, 'analysis_result', '/opt/ml/processing/output')],
      ),
      ...checkFields(checkType),
      ...(needsModel && { ModelName: ctx.find('modelName') ?? existingModelName }),
    },
  };
}

function qualityCheck(ctx: StepContext, checkType: string): Generated {
  const datasetPath = '/opt/ml/processing/input/baseline_dataset_input';
  const modelQuality: Record<string, string> =
    checkType === 'MODEL_QUALITY'
      ? {
          analysis_type: 'MODEL_QUALITY',
          problem_type: 'BinaryClassification',
          ground_truth_attribute: placeholder.targetColumn,
          probability_attribute: 'probability',
        }
      : {};
  return {
    fields: {
      Arguments: processingJob(
        { ImageUri: placeholder.images.modelMonitor },
        [s3Input('baseline_dataset_input', inputData(ctx, 'testData'), datasetPath)],
        [s3Output(ctx.name, 'quality_check_output', '/opt/ml/processing/output')],
        {
          dataset_format: '{"csv": {"header": true, "output_columns_position": "START"}}',
          dataset_source: datasetPath,
          output_path: '/opt/ml/processing/output',
          publish_cloudwatch_metrics: 'Disabled',
          ...modelQuality,
        },
      ),
      ...checkFields(checkType),
    },
  };
}

function fail(ctx: StepContext): Generated {
  const reason = ctx.inElseBranch ? 'the model did not reach the metric threshold' : 'stopped on purpose';
  return { fields: { Arguments: { ErrorMessage: `${ctx.name}: ${reason}.` } } };
}

function lambda(ctx: StepContext): Generated {
  const modelPackageArn = ctx.find('modelPackageArn');
  return {
    fields: {
      FunctionArn: placeholder.lambdaArn,
      OutputParameters: [{ OutputName: 'statusCode', OutputType: 'String' }],
      Arguments: { step_name: ctx.name, ...(modelPackageArn && { model_package_arn: modelPackageArn }) },
    },
  };
}

function callback(ctx: StepContext): Generated {
  return {
    fields: {
      SqsQueueUrl: placeholder.sqsQueueUrl,
      OutputParameters: [{ OutputName: 'status', OutputType: 'String' }],
      Arguments: { data_location: inputData(ctx, 'trainData') },
    },
  };
}

const sparkJob = placeholder.s3Uri('code/spark_job.py');

function emr(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ClusterId: placeholder.emrClusterId,
        StepConfig: {
          Name: ctx.name,
          ActionOnFailure: 'CONTINUE',
          HadoopJarStep: {
            Jar: 'command-runner.jar',
            Args: ['spark-submit', sparkJob, '--input', inputData(ctx, 'trainData')],
          },
        },
      },
    },
  };
}

/**
 * The Arguments SDK v3's EMRServerlessStep writes (`sagemaker/mlops/workflow/emr_serverless_step.py`,
 * the only SDK with this step): the role at the top, and StartJobRun's request as `JobConfig`.
 */
function emrServerless(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ExecutionRoleArn: placeholder.roleArn,
        JobConfig: {
          executionRoleArn: placeholder.roleArn,
          jobDriver: {
            sparkSubmit: {
              entryPoint: sparkJob,
              entryPointArguments: ['--input', inputData(ctx, 'trainData')],
            },
          },
          applicationId: placeholder.emrServerlessApplicationId,
        },
        ApplicationId: placeholder.emrServerlessApplicationId,
      },
    },
  };
}

const endpointName = 'pipeline-endpoint';

function endpointConfig(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        EndpointConfigName: `${endpointName}-config`,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: ctx.find('modelName') ?? existingModelName,
            InstanceType: placeholder.instanceType,
            InitialInstanceCount: 1,
            InitialVariantWeight: 1,
          },
        ],
      },
    },
    offers: { endpointConfigName: stepProperty(ctx.name, 'EndpointConfigName') },
  };
}

function endpoint(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        EndpointName: endpointName,
        EndpointConfigName: ctx.find('endpointConfigName') ?? `${endpointName}-config`,
      },
    },
  };
}

function inferenceComponent(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        InferenceComponentName: `${endpointName}-component`,
        EndpointName: endpointName,
        VariantName: 'AllTraffic',
        Specification: {
          ModelName: ctx.find('modelName') ?? existingModelName,
          ComputeResourceRequirements: { NumberOfCpuCoresRequired: 1, MinMemoryRequiredInMb: 1024 },
        },
        RuntimeConfig: { CopyCount: 1 },
      },
    },
  };
}

const madeModelUri = (ctx: StepContext) => modelToPackage(ctx).data;

function lineage(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        Artifacts: [
          { ArtifactName: 'trained-model', ArtifactType: 'Model', Source: { SourceUri: madeModelUri(ctx) } },
        ],
      },
    },
  };
}

/** Bedrock steps send the Bedrock API's request with PascalCase field names (SDK `bedrock_steps.py`). */
const bedrockModelArn = 'arn:aws:bedrock:us-east-1:111122223333:custom-model/example';

function bedrockModelImport(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        JobName: 'pipeline-model-import',
        ImportedModelName: 'pipeline-imported-model',
        RoleArn: placeholder.roleArn,
        ModelDataSource: { S3DataSource: { S3Uri: madeModelUri(ctx) } },
      },
    },
    offers: { bedrockModelArn: stepProperty(ctx.name, 'ImportedModelArn') },
  };
}

function bedrockCustomModel(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelName: 'pipeline-custom-model',
        RoleArn: placeholder.roleArn,
        ModelSourceConfig: { S3DataSource: { S3Uri: madeModelUri(ctx) } },
      },
    },
    offers: { bedrockModelArn: stepProperty(ctx.name, 'ModelArn') },
  };
}

function bedrockDeployment(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelDeploymentName: 'pipeline-model-deployment',
        ModelArn: ctx.find('bedrockModelArn') ?? bedrockModelArn,
      },
    },
  };
}

function bedrockThroughput(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ProvisionedModelName: 'pipeline-provisioned-model',
        ModelUnits: 1,
        ModelId: ctx.find('bedrockModelArn') ?? bedrockModelArn,
      },
    },
  };
}

/** Placeholder generators by the catalogue's step type id (Condition is handled by the walk). */
const generators: Record<string, Generate> = {
  ...familyGenerators,
  AutoML: autoML,
  Model: createModel,
  RegisterModel: registerModel,
  Transform: transform,
  ClarifyCheck: (ctx, step) => clarifyCheck(ctx, step.checkType ?? 'DATA_BIAS'),
  QualityCheck: (ctx, step) => qualityCheck(ctx, step.checkType ?? 'DATA_QUALITY'),
  Fail: fail,
  Lambda: lambda,
  Callback: callback,
  EMR: emr,
  EMRServerless: emrServerless,
  EndpointConfig: endpointConfig,
  Endpoint: endpoint,
  InferenceComponent: inferenceComponent,
  Lineage: lineage,
  BedrockModelImport: bedrockModelImport,
  BedrockCustomModel: bedrockCustomModel,
  BedrockCustomModelDeployment: bedrockDeployment,
  BedrockProvisionedModelThroughput: bedrockThroughput,
};

/** Every `Get` path in a value, `Std:JsonGet`'s property file included. */
function getPaths(value: unknown, paths: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) getPaths(item, paths);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Get' && typeof item === 'string') paths.push(item);
      else getPaths(item, paths);
    }
  }
  return paths;
}

function namesAfter(prefix: string, value: unknown): Set<string> {
  const pattern = new RegExp(`^${prefix}\\.([A-Za-z0-9\\-_]+)`);
  return new Set(getPaths(value).flatMap((path) => pattern.exec(path)?.[1] ?? []));
}

function conditions(ctx: StepContext): unknown[] {
  const report = placeholder.evaluationReport;
  const evaluation = ctx.options.evaluationReport ? ctx.find('evaluation') : undefined;
  const metric = evaluation
    ? {
        'Std:JsonGet': {
          PropertyFile: stepProperty(evaluation.step, `PropertyFiles.${report.name}`),
          Path: report.metricPath,
        },
      }
    : ctx.find('metric');
  // With no model to measure, the condition can still branch on a parameter.
  if (!metric) return [{ Type: 'Equals', LeftValue: param('ModelApprovalStatus'), RightValue: 'Approved' }];
  return [{ Type: 'GreaterThanOrEqualTo', LeftValue: metric, RightValue: placeholder.metricThreshold }];
}

/** The nearest-first lookup over the offers of the steps upstream, nearest first. */
function finder(upstream: readonly Offers[]): StepContext['find'] {
  return (kind) => upstream.find((offers) => offers[kind] !== undefined)?.[kind];
}

function omit(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

interface Exported {
  step: DefinitionStep;
  offers: Offers;
}

/**
 * Exports one list of steps (the top level, or one branch), in its order. A step reads the offers
 * of the steps of the list upstream of it, nearest first, then `outer` (for a branch: what is
 * upstream of its Condition). So each step is generated after the steps it waits for, whatever
 * their order in the list; in a cycle, a step reads nothing from the steps still being generated.
 */
function exportSequence(
  steps: readonly BuilderStep[],
  outer: readonly Offers[],
  options: ExportOptions,
  inElseBranch: boolean,
): Exported[] {
  const done = new Map<BuilderStep, Exported>();
  const underway = new Set<BuilderStep>();
  const upstreamInList = (step: BuilderStep): BuilderStep[] => {
    const result: BuilderStep[] = [];
    const seen = new Set([step]);
    for (let frontier = [step]; frontier.length > 0;) {
      frontier = frontier
        .flatMap((current) => waitsForIn(steps, current))
        .filter((up) => {
          if (seen.has(up)) return false;
          seen.add(up);
          result.push(up);
          return true;
        });
    }
    return result;
  };
  const exportOne = (step: BuilderStep): Exported => {
    const finished = done.get(step);
    if (finished) return finished;
    underway.add(step);
    const upstream = upstreamInList(step).filter((up) => !underway.has(up));
    const offers = [...upstream.map((up) => exportOne(up).offers), ...outer];
    const names = (list: readonly BuilderStep[]) => list.map((inner) => inner.name);
    const exported = exportStep(
      step,
      { name: step.name, options, inElseBranch, find: finder(offers) },
      offers,
      { waitsFor: names(waitsForIn(steps, step)), upstream: upstream },
    );
    underway.delete(step);
    done.set(step, exported);
    return exported;
  };
  return steps.map(exportOne);
}

/** What a step waits for (names) and the steps of its list upstream of it. */
interface Dependencies {
  waitsFor: string[];
  upstream: readonly BuilderStep[];
}

function exportStep(
  step: BuilderStep,
  ctx: StepContext,
  upstreamOffers: readonly Offers[],
  dependencies: Dependencies,
): Exported {
  const catalogued = findStepType(step.type);
  const generate = generators[step.type];
  const generated: Generated = generate ? generate(ctx, step) : { fields: { Arguments: {} } };
  const { Arguments: generatedArguments, ...generatedFields } = generated.fields;
  // A step whose own Arguments were kept keeps its own fields too: generated ones (PropertyFiles
  // naming an output it may not have, …) would not match what it says. Its check type is the
  // builder's to edit, so that one is written.
  const fields =
    step.kept?.Arguments === undefined
      ? generatedFields
      : Object.fromEntries(Object.entries(generatedFields).filter(([key]) => key === 'CheckType'));
  let args = step.kept?.Arguments ?? generatedArguments;
  let ownArguments = args;
  if (step.type === 'Condition') {
    const branch = (steps: BuilderStep[] | undefined, isElse: boolean) =>
      exportSequence(steps ?? [], upstreamOffers, ctx.options, isElse).map((done) => done.step);
    const kept = step.kept?.Arguments;
    const keptArguments =
      kept !== null && typeof kept === 'object' ? (kept as Record<string, unknown>) : undefined;
    ownArguments = keptArguments ?? { Conditions: conditions(ctx) };
    // The branches are the builder's, even when the rest of the Arguments came from an import; a
    // Condition imported inside a branch has none of its own in the builder and keeps what it had.
    const own = ownArguments as Record<string, unknown>;
    args = {
      ...own,
      IfSteps: step.ifSteps ? branch(step.ifSteps, false) : (own.IfSteps ?? []),
      ElseSteps: step.elseSteps ? branch(step.elseSteps, true) : (own.ElseSteps ?? []),
    };
  }
  const dependsOn = [
    ...new Set([
      ...unimplied(dependencies, referencedSteps([ownArguments, fields])),
      ...(step.kept?.DependsOn ?? []),
    ]),
  ];
  return {
    step: {
      Name: step.name,
      Type: step.kept?.Type ?? catalogued?.definitionType ?? step.type,
      Arguments: args,
      ...fields,
      ...omit(step.kept?.extra ?? {}, ['Name', 'Type', 'Arguments', 'DependsOn']),
      ...(dependsOn.length > 0 && { DependsOn: dependsOn }),
    },
    offers: generated.offers ?? {},
  };
}

/**
 * The names a step waits for that its property references do not already imply: a reference to a
 * step makes it wait for that step and for everything upstream of it.
 */
function unimplied({ waitsFor, upstream }: Dependencies, referenced: readonly string[]): string[] {
  const byName = new Map(upstream.map((step) => [step.name, step]));
  const implied = new Set<string>();
  for (const name of referenced) {
    implied.add(name);
    const step = byName.get(name);
    if (!step) continue;
    // What is upstream of a referenced step: walk its own waitsFor within the upstream set.
    for (let frontier = [step]; frontier.length > 0;) {
      frontier = frontier
        .flatMap((current) => (current.waitsFor ?? []).map((key) => upstream.find((up) => up.key === key)))
        .filter((up): up is BuilderStep => up !== undefined && !implied.has(up.name));
      for (const up of frontier) implied.add(up.name);
    }
  }
  return waitsFor.filter((name) => !implied.has(name));
}

function parameters(steps: DefinitionStep[], kept: unknown): DefinitionParameter[] {
  const keptParameters = Array.isArray(kept) ? (kept as DefinitionParameter[]) : [];
  const keptNames = new Set(keptParameters.map((parameter) => parameter.Name));
  const used = namesAfter('Parameters', steps);
  const generated = (Object.keys(parameterDefaults) as ParameterName[])
    .filter((name) => used.has(name) && !keptNames.has(name))
    .map((name): DefinitionParameter => ({
      Name: name,
      Type: 'String',
      DefaultValue: parameterDefaults[name],
    }));
  return [...keptParameters, ...generated];
}

export function toDefinition(pipeline: BuilderPipeline, options: ExportOptions = {}): PipelineDefinition {
  const steps = exportSequence(pipeline.steps, [], options, false).map((done) => done.step);
  const kept = pipeline.kept ?? {};
  return {
    Version: '2020-12-01',
    ...omit(kept, ['Version', 'Parameters', 'Steps']),
    Parameters: parameters(steps, kept.Parameters),
    Steps: steps,
  };
}

export function definitionJson(pipeline: BuilderPipeline, options?: ExportOptions): string {
  return JSON.stringify(toDefinition(pipeline, options), null, 2);
}
