/**
 * Processing steps (`ProcessingStep`): CreateProcessingJob's request in the definition, and the
 * SDK arguments that set each of its fields. The request's shape is shared with the check steps,
 * which run processing jobs too. The SDK code is in `processing.python.ts`.
 */

import type { BuilderStep } from '../model';
import * as placeholder from '../placeholders';
import {
  inputData,
  keyword,
  param,
  sdkWrites,
  stepProperty,
  type Generated,
  type Offers,
  type SdkArguments,
  type StepContext,
  type StdJoin,
  type StepFamily,
  type Value,
} from './context';

export function s3Input(name: string, uri: Value | StdJoin, localPath: string) {
  return {
    InputName: name,
    S3Input: {
      S3Uri: uri,
      LocalPath: localPath,
      S3DataType: 'S3Prefix',
      S3InputMode: 'File',
      S3DataDistributionType: 'FullyReplicated',
    },
  };
}

export function s3Output(step: string, name: string, localPath: string) {
  return {
    OutputName: name,
    S3Output: { S3Uri: placeholder.s3Uri(`${step}/${name}`), LocalPath: localPath, S3UploadMode: 'EndOfJob' },
  };
}

const processingOutput = (step: string, name: string) =>
  stepProperty(step, `ProcessingOutputConfig.Outputs['${name}'].S3Output.S3Uri`);

/** CreateProcessingJob's request, as ProcessingStep, ClarifyCheckStep and QualityCheckStep send it. */
export function processingJob(
  appSpecification: Record<string, unknown>,
  inputs: unknown[],
  outputs: unknown[],
  environment?: Record<string, string>,
) {
  return {
    ProcessingResources: {
      ClusterConfig: { InstanceType: param('ProcessingInstanceType'), InstanceCount: 1, VolumeSizeInGB: 30 },
    },
    AppSpecification: appSpecification,
    RoleArn: placeholder.roleArn,
    ...(environment && { Environment: environment }),
    ProcessingInputs: inputs,
    ProcessingOutputConfig: { Outputs: outputs },
  };
}

function scriptJob(script: string, inputs: unknown[], outputs: unknown[]) {
  const codeDir = '/opt/ml/processing/input/code';
  return processingJob(
    { ImageUri: placeholder.images.sklearn, ContainerEntrypoint: ['python3', `${codeDir}/${script}`] },
    [...inputs, s3Input('code', placeholder.s3Uri(`code/${script}`), codeDir)],
    outputs,
  );
}

const dataSplits = ['train', 'validation', 'test'] as const;

function prepareData(ctx: StepContext): Generated {
  const { name } = ctx;
  return {
    fields: {
      Arguments: scriptJob(
        'preprocess.py',
        [s3Input('input-1', param('InputData'), '/opt/ml/processing/input')],
        dataSplits.map((split) => s3Output(name, split, `/opt/ml/processing/${split}`)),
      ),
    },
    offers: {
      trainData: processingOutput(name, 'train'),
      validationData: processingOutput(name, 'validation'),
      testData: processingOutput(name, 'test'),
    },
  };
}

function evaluateModel(ctx: StepContext, model: NonNullable<Offers['modelData']>): Generated {
  const { name, options } = ctx;
  const report = placeholder.evaluationReport;
  const output = s3Output(name, report.outputName, '/opt/ml/processing/evaluation');
  return {
    fields: {
      Arguments: scriptJob(
        'evaluate.py',
        [
          s3Input('input-1', model, '/opt/ml/processing/model'),
          s3Input('input-2', inputData(ctx, 'testData'), '/opt/ml/processing/test'),
        ],
        [output],
      ),
      ...(options.evaluationReport && {
        PropertyFiles: [
          { PropertyFileName: report.name, OutputName: report.outputName, FilePath: report.file },
        ],
      }),
    },
    offers: { evaluation: { step: name, reportUri: `${output.S3Output.S3Uri}/${report.file}` } },
  };
}

/**
 * A Processing step does what the reader chose, wherever it sits. Evaluating with no model upstream
 * reads a placeholder model (the checks say so).
 */
function processing(ctx: StepContext, step: BuilderStep): Generated {
  if (step.purpose !== 'evaluate') return prepareData(ctx);
  return evaluateModel(ctx, ctx.find('modelData') ?? placeholder.s3Uri('model/model.tar.gz'));
}

/** What the SDK fills in by itself in every processing job it sends (`sagemaker/processing.py`). */
export const processingJobArguments: SdkArguments = {
  'Arguments.ProcessingResources.ClusterConfig.InstanceType': keyword('instance_type'),
  'Arguments.ProcessingResources.ClusterConfig.InstanceCount': keyword('instance_count'),
  'Arguments.ProcessingResources.ClusterConfig.VolumeSizeInGB': sdkWrites('volume_size_in_gb defaults to 30'),
  'Arguments.RoleArn': keyword('role', 'the role variable holds the ARN'),
  'Arguments.ProcessingInputs[].S3Input.S3DataType': sdkWrites(
    "ProcessingInput's s3_data_type defaults to S3Prefix",
  ),
  'Arguments.ProcessingInputs[].S3Input.S3InputMode': sdkWrites(
    "ProcessingInput's s3_input_mode defaults to File",
  ),
  'Arguments.ProcessingInputs[].S3Input.S3DataDistributionType': sdkWrites(
    "ProcessingInput's s3_data_distribution_type defaults to FullyReplicated",
  ),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.S3UploadMode': sdkWrites(
    "ProcessingOutput's s3_upload_mode defaults to EndOfJob",
  ),
};

const processingArguments: SdkArguments = {
  ...processingJobArguments,
  'Arguments.AppSpecification.ImageUri': sdkWrites(
    "SKLearnProcessor(framework_version='1.2-1') resolves this image",
  ),
  'Arguments.AppSpecification.ContainerEntrypoint[]': keyword(
    'code',
    'the SDK runs the code input with python3 from /opt/ml/processing/input/code',
  ),
  'Arguments.ProcessingInputs[].InputName': sdkWrites(
    'the SDK names the inputs input-1, input-2, … and code',
  ),
  'Arguments.ProcessingInputs[].S3Input.S3Uri': keyword('source'),
  'Arguments.ProcessingInputs[].S3Input.LocalPath': keyword('destination'),
  'Arguments.ProcessingOutputConfig.Outputs[].OutputName': keyword('output_name'),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.S3Uri': keyword('destination'),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.LocalPath': keyword('source'),
  'PropertyFiles[].PropertyFileName': keyword('property_files', 'the PropertyFile object is named after it'),
  'PropertyFiles[].OutputName': keyword('output_name'),
  'PropertyFiles[].FilePath': keyword('path'),
};

export const processingFamily: StepFamily = {
  generate: { Processing: processing },
  sdkArguments: { Processing: processingArguments },
};
