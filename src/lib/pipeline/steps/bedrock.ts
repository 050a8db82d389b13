/**
 * The Amazon Bedrock steps (`bedrock_steps.py`): import a model, make a custom model, deploy it or
 * buy provisioned throughput for it. Each sends the Bedrock API's request with PascalCase field
 * names. The SDK code is in `bedrock.python.ts`, the arguments in `bedrock.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { stepProperty, type Generated, type StepContext, type StepFamily } from './context';
import { madeModelUri } from './model';

/** The custom model a deployment or throughput step uses when no step upstream made one. */
const bedrockModelArn = 'arn:aws:bedrock:us-east-1:111122223333:custom-model/example';

function bedrockModelImport(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        JobName: 'pipeline-model-import',
        ImportedModelName: 'pipeline-imported-model',
        RoleArn: placeholder.roleArn,
        ModelDataSource: { S3DataSource: { S3Uri: madeModelUri(ctx) } },
      },
    },
    offers: { bedrockModelArn: stepProperty(ctx.name, 'ImportedModelArn') },
  };
}

function bedrockCustomModel(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelName: 'pipeline-custom-model',
        RoleArn: placeholder.roleArn,
        ModelSourceConfig: { S3DataSource: { S3Uri: madeModelUri(ctx) } },
      },
    },
    offers: { bedrockModelArn: stepProperty(ctx.name, 'ModelArn') },
  };
}

function bedrockDeployment(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelDeploymentName: 'pipeline-model-deployment',
        ModelArn: ctx.find('bedrockModelArn') ?? bedrockModelArn,
      },
    },
  };
}

function bedrockThroughput(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ProvisionedModelName: 'pipeline-provisioned-model',
        ModelUnits: 1,
        ModelId: ctx.find('bedrockModelArn') ?? bedrockModelArn,
      },
    },
  };
}

export const bedrockFamily: StepFamily = {
  generate: {
    BedrockModelImport: bedrockModelImport,
    BedrockCustomModel: bedrockCustomModel,
    BedrockCustomModelDeployment: bedrockDeployment,
    BedrockProvisionedModelThroughput: bedrockThroughput,
  },
};
