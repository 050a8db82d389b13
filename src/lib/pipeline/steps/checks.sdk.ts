/**
 * The SDK argument that sets each field of a check step's definition (read by the test that the
 * Python sets what the JSON sets; apart from checks.ts, so that the builder's hydration bundle does
 * not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';
import { processingJobArguments } from './processing.sdk';

/** The step-level fields both check steps write (`to_request` of each step class). */
const checkFields: SdkArguments = {
  CheckType: { code: 'CheckConfig(', derived: 'the class of the check config names the check type' },
  ModelPackageGroupName: keyword('model_package_group_name'),
  SkipCheck: keyword('skip_check'),
  RegisterNewBaseline: keyword('register_new_baseline'),
};

/** A `ClarifyCheckStep`'s processing job (`sagemaker/workflow/clarify_check_step.py`). */
const clarifyCheckArguments: SdkArguments = {
  ...processingJobArguments,
  ...checkFields,
  'Arguments.AppSpecification.ImageUri': sdkWrites("the SDK resolves the Region's Clarify image"),
  'Arguments.ProcessingInputs[].InputName': sdkWrites('the SDK names the inputs dataset and analysis_config'),
  'Arguments.ProcessingInputs[].S3Input.S3Uri': keyword(
    's3_analysis_config_output_path',
    'the dataset is s3_data_input_path=; the SDK writes analysis_config.json and uploads it under s3_analysis_config_output_path',
  ),
  'Arguments.ProcessingInputs[].S3Input.LocalPath': sdkWrites(
    "the SDK mounts the inputs where Clarify's container reads them",
  ),
  'Arguments.ProcessingOutputConfig.Outputs[].OutputName': sdkWrites(
    'the SDK names the output analysis_result',
  ),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.S3Uri': keyword('s3_output_path'),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.LocalPath': sdkWrites(
    "the SDK collects the output where Clarify's container writes it",
  ),
  ModelName: keyword('model_name'),
};

/** A `QualityCheckStep`'s processing job (`sagemaker/workflow/quality_check_step.py`, Model Monitor's environment). */
const qualityCheckArguments: SdkArguments = {
  ...processingJobArguments,
  ...checkFields,
  'Arguments.AppSpecification.ImageUri': sdkWrites("the SDK resolves the Region's Model Monitor image"),
  'Arguments.Environment.dataset_format': keyword('dataset_format'),
  'Arguments.Environment.dataset_source': sdkWrites('the SDK mounts the baseline dataset there'),
  'Arguments.Environment.output_path': sdkWrites('the SDK collects the output from there'),
  'Arguments.Environment.publish_cloudwatch_metrics': sdkWrites('a baselining job publishes no metrics'),
  'Arguments.Environment.analysis_type': {
    code: 'ModelQualityCheckConfig(',
    derived: 'the class of the check config names the analysis',
  },
  'Arguments.Environment.problem_type': keyword('problem_type'),
  'Arguments.Environment.ground_truth_attribute': keyword('ground_truth_attribute'),
  'Arguments.Environment.probability_attribute': keyword('probability_attribute'),
  'Arguments.ProcessingInputs[].InputName': sdkWrites('the SDK names the input baseline_dataset_input'),
  'Arguments.ProcessingInputs[].S3Input.S3Uri': keyword('baseline_dataset'),
  'Arguments.ProcessingInputs[].S3Input.LocalPath': sdkWrites(
    "the SDK mounts the dataset where Model Monitor's container reads it",
  ),
  'Arguments.ProcessingOutputConfig.Outputs[].OutputName': sdkWrites(
    'the SDK names the output quality_check_output',
  ),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.S3Uri': keyword('output_s3_uri'),
  'Arguments.ProcessingOutputConfig.Outputs[].S3Output.LocalPath': sdkWrites(
    "the SDK collects the output where Model Monitor's container writes it",
  ),
};

export const checksSdkArguments: Record<string, SdkArguments> = {
  ClarifyCheck: clarifyCheckArguments,
  QualityCheck: qualityCheckArguments,
};
