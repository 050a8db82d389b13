/**
 * The SDK argument that sets each field of an AutoML step's definition (read by the test that the
 * Python sets what the JSON sets; apart from automl.ts, so that the builder's hydration bundle does
 * not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';

/** CreateAutoMLJob's fields as `AutoML` and its `AutoMLInput` set them (`sagemaker/automl/automl.py`). */
const autoMLArguments: SdkArguments = {
  'Arguments.AutoMLJobConfig.Mode': keyword('mode'),
  'Arguments.AutoMLJobConfig.CompletionCriteria.MaxCandidates': keyword('max_candidates'),
  'Arguments.AutoMLJobConfig.CompletionCriteria.MaxAutoMLJobRuntimeInSeconds': keyword(
    'total_job_runtime_in_seconds',
  ),
  'Arguments.InputDataConfig[].ChannelType': keyword('channel_type'),
  'Arguments.InputDataConfig[].ContentType': keyword('content_type'),
  'Arguments.InputDataConfig[].CompressionType': keyword('compression'),
  'Arguments.InputDataConfig[].TargetAttributeName': keyword('target_attribute_name'),
  'Arguments.InputDataConfig[].DataSource.S3DataSource.S3DataType': sdkWrites(
    'AutoMLInput writes S3Prefix unless s3_data_type says otherwise',
  ),
  'Arguments.InputDataConfig[].DataSource.S3DataSource.S3Uri': keyword('inputs'),
  'Arguments.OutputDataConfig.S3OutputPath': keyword('output_path'),
  'Arguments.RoleArn': keyword('role', 'the role variable holds the ARN'),
  'Arguments.ProblemType': keyword('problem_type'),
  'Arguments.AutoMLJobObjective': keyword('job_objective'),
};

export const automlSdkArguments: Record<string, SdkArguments> = { AutoML: autoMLArguments };
