/**
 * The SDK argument that sets each field of a processing step's definition: what the test that the
 * Python sets every argument the JSON sets reads (apart from processing.ts, so that the builder's
 * hydration bundle does not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';

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

export const processingArguments: SdkArguments = {
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

export const processingSdkArguments: Record<string, SdkArguments> = { Processing: processingArguments };
