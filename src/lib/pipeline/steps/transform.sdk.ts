/**
 * The SDK argument that sets each field of a transform step's definition (read by the test that
 * the Python sets what the JSON sets; apart from transform.ts, so that the builder's hydration
 * bundle does not carry it).
 */

import { keyword, sdkWrites, type SdkArguments } from './context';

/** CreateTransformJob's fields as a `Transformer` and its `transform` set them (`sagemaker/transformer.py`). */
const transformArguments: SdkArguments = {
  'Arguments.ModelName': keyword('model_name'),
  'Arguments.TransformInput.DataSource.S3DataSource.S3DataType': sdkWrites(
    "transform's data_type defaults to S3Prefix",
  ),
  'Arguments.TransformInput.DataSource.S3DataSource.S3Uri': keyword('data'),
  'Arguments.TransformInput.ContentType': keyword('content_type'),
  'Arguments.TransformInput.SplitType': keyword('split_type'),
  'Arguments.TransformOutput.S3OutputPath': keyword('output_path'),
  'Arguments.TransformOutput.AssembleWith': keyword('assemble_with'),
  'Arguments.TransformResources.InstanceCount': keyword('instance_count'),
  'Arguments.TransformResources.InstanceType': keyword('instance_type'),
};

export const transformSdkArguments: Record<string, SdkArguments> = { Transform: transformArguments };
