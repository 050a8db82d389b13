/** The SDK code of the endpoint steps: each SDK class takes the API's request as `arguments`. */

import { requestStep, type StepCode } from './code';

export const endpointsCode: Record<string, StepCode> = {
  EndpointConfig: requestStep('sagemaker.workflow.endpoint_step'),
  Endpoint: requestStep('sagemaker.workflow.endpoint_step'),
  InferenceComponent: requestStep('sagemaker.workflow.inference_component_step'),
};
