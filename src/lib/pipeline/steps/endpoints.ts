/**
 * The steps that deploy a model to a real-time endpoint: EndpointConfig (`EndpointConfigStep`),
 * Endpoint (`EndpointStep`) and InferenceComponent (`InferenceComponentStep`), each with its API's
 * request as Arguments. The SDK code is in `endpoints.python.ts`, the arguments in `endpoints.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import {
  existingModelName,
  stepProperty,
  type Generated,
  type StepContext,
  type StepFamily,
} from './context';

const endpointName = 'pipeline-endpoint';

function endpointConfig(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        EndpointConfigName: `${endpointName}-config`,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: ctx.find('modelName') ?? existingModelName,
            InstanceType: placeholder.instanceType,
            InitialInstanceCount: 1,
            InitialVariantWeight: 1,
          },
        ],
      },
    },
    offers: { endpointConfigName: stepProperty(ctx.name, 'EndpointConfigName') },
  };
}

function endpoint(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        EndpointName: endpointName,
        EndpointConfigName: ctx.find('endpointConfigName') ?? `${endpointName}-config`,
      },
    },
  };
}

function inferenceComponent(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        InferenceComponentName: `${endpointName}-component`,
        EndpointName: endpointName,
        VariantName: 'AllTraffic',
        Specification: {
          ModelName: ctx.find('modelName') ?? existingModelName,
          ComputeResourceRequirements: { NumberOfCpuCoresRequired: 1, MinMemoryRequiredInMb: 1024 },
        },
        RuntimeConfig: { CopyCount: 1 },
      },
    },
  };
}

export const endpointsFamily: StepFamily = {
  generate: { EndpointConfig: endpointConfig, Endpoint: endpoint, InferenceComponent: inferenceComponent },
};
