/**
 * The check steps, which run a processing job and compare its result with a baseline:
 * ClarifyCheck (`ClarifyCheckStep`, SageMaker Clarify's container) and QualityCheck
 * (`QualityCheckStep`, Model Monitor's). CreateProcessingJob's request is the processing family's.
 * The SDK code is in `checks.python.ts`, the arguments in `checks.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { existingModelName, inputData, type Generated, type StepContext, type StepFamily } from './context';
import { processingJob, s3Input, s3Output } from './processing';

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

export const checksFamily: StepFamily = {
  generate: {
    ClarifyCheck: (ctx, step) => clarifyCheck(ctx, step.checkType ?? 'DATA_BIAS'),
    QualityCheck: (ctx, step) => qualityCheck(ctx, step.checkType ?? 'DATA_QUALITY'),
  },
};
