/**
 * Processing steps (`ProcessingStep`): CreateProcessingJob's request in the definition, and the
 * SDK arguments that set each of its fields. The request's shape is shared with the check steps,
 * which run processing jobs too. The SDK code is in `processing.python.ts`, the arguments in `processing.sdk.ts`.
 */

import type { BuilderStep } from '../model';
import * as placeholder from '../placeholders';
import {
  inputData,
  param,
  stepProperty,
  type Generated,
  type Offers,
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

export const processingFamily: StepFamily = {
  generate: { Processing: processing },
};
