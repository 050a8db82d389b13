/**
 * The batch transform step (`TransformStep`): CreateTransformJob's request in the definition. The
 * SDK code is in `transform.python.ts`, the arguments in `transform.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import {
  existingModelName,
  inputData,
  param,
  type Generated,
  type StepContext,
  type StepFamily,
} from './context';

function transform(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ModelName: ctx.find('modelName') ?? existingModelName,
        TransformInput: {
          DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: inputData(ctx, 'testData') } },
          ContentType: 'text/csv',
          SplitType: 'Line',
        },
        TransformOutput: { S3OutputPath: placeholder.s3Uri(`${ctx.name}/predictions`), AssembleWith: 'Line' },
        TransformResources: { InstanceCount: 1, InstanceType: param('TransformInstanceType') },
      },
    },
  };
}

export const transformFamily: StepFamily = {
  generate: { Transform: transform },
};
