/** The SDK code of the Bedrock steps: each SDK class takes the Bedrock API's request as `arguments`. */

import { requestStep, type StepCode } from './code';

export const bedrockCode: Record<string, StepCode> = {
  BedrockModelImport: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockCustomModel: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockCustomModelDeployment: requestStep('sagemaker.workflow.bedrock_steps'),
  BedrockProvisionedModelThroughput: requestStep('sagemaker.workflow.bedrock_steps'),
};
