/**
 * The SDK argument that sets each field of a Model, RegisterModel or Lineage step's definition
 * (read by the test that the Python sets what the JSON sets; apart from model.ts, so that the
 * builder's hydration bundle does not carry it).
 */

import { keyword, type SdkArguments } from './context';

/** CreateModel's fields as `Model` and its `create()` set them (`sagemaker/model.py`). */
const createModelArguments: SdkArguments = {
  'Arguments.ExecutionRoleArn': keyword('role', 'the role variable holds the ARN'),
  'Arguments.PrimaryContainer.Image': keyword('image_uri'),
  'Arguments.PrimaryContainer.ModelDataUrl': keyword('model_data'),
};

/** CreateModelPackage's fields as `Model` and its `register()` set them. */
const registerModelArguments: SdkArguments = {
  'Arguments.ModelPackageGroupName': keyword('model_package_group_name'),
  'Arguments.ModelApprovalStatus': keyword('approval_status'),
  'Arguments.InferenceSpecification.Containers[].Image': keyword('image_uri'),
  'Arguments.InferenceSpecification.Containers[].ModelDataUrl': keyword('model_data'),
  'Arguments.InferenceSpecification.SupportedContentTypes[]': keyword('content_types'),
  'Arguments.InferenceSpecification.SupportedResponseMIMETypes[]': keyword('response_types'),
  'Arguments.InferenceSpecification.SupportedRealtimeInferenceInstanceTypes[]':
    keyword('inference_instances'),
  'Arguments.InferenceSpecification.SupportedTransformInstanceTypes[]': keyword('transform_instances'),
  'Arguments.ModelMetrics.ModelQuality.Statistics.ContentType': keyword('content_type'),
  'Arguments.ModelMetrics.ModelQuality.Statistics.S3Uri': keyword('s3_uri'),
};

export const modelSdkArguments: Record<string, SdkArguments> = {
  Model: createModelArguments,
  RegisterModel: registerModelArguments,
  // LineageStep takes the request as it is.
  Lineage: { Arguments: keyword('arguments') },
};
