/**
 * The steps that make, register or record a model: Model (`ModelStep` with `model.create()`:
 * CreateModel's request), RegisterModel (`ModelStep` with `model.register()`: CreateModelPackage's)
 * and Lineage (`LineageStep`, the model's artifacts as a lineage artifact). The SDK code is in
 * `model.python.ts`, the arguments in `model.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { param, stepProperty, type Generated, type StepContext, type StepFamily } from './context';

/** The model a Model or RegisterModel step packages: the nearest one made before it. */
function modelToPackage(ctx: StepContext) {
  const made = ctx.find('modelData');
  return {
    data: made ?? placeholder.s3Uri('model/model.tar.gz'),
    image: ctx.find('image') ?? placeholder.images.xgboost,
  };
}

/** Where the model's artifacts are: the nearest model made upstream, else a placeholder URI. */
export const madeModelUri = (ctx: StepContext) => modelToPackage(ctx).data;

function createModel(ctx: StepContext): Generated {
  const model = modelToPackage(ctx);
  // The training job's own artifacts, as the SDK writes it: a literal URI would name a file no job
  // writes. The published schema accepts only a literal here (a gap the export panel explains).
  const modelDataUrl = model.data;
  return {
    fields: {
      Arguments: {
        ExecutionRoleArn: placeholder.roleArn,
        PrimaryContainer: { Image: model.image, ModelDataUrl: modelDataUrl },
      },
    },
    offers: {
      modelName: stepProperty(ctx.name, 'ModelName'),
      modelData: stepProperty(ctx.name, 'PrimaryContainer.ModelDataUrl'),
      image: stepProperty(ctx.name, 'PrimaryContainer.Image'),
    },
  };
}

function registerModel(ctx: StepContext): Generated {
  const model = modelToPackage(ctx);
  const evaluation = ctx.find('evaluation');
  return {
    fields: {
      Arguments: {
        ModelPackageGroupName: placeholder.modelPackageGroup,
        ...(ctx.options.sdkFields && { ModelApprovalStatus: param('ModelApprovalStatus') }),
        InferenceSpecification: {
          Containers: [{ Image: model.image, ModelDataUrl: model.data }],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
          SupportedRealtimeInferenceInstanceTypes: [placeholder.instanceType],
          SupportedTransformInstanceTypes: [placeholder.instanceType],
        },
        ...(evaluation && {
          ModelMetrics: {
            ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: evaluation.reportUri } },
          },
        }),
      },
    },
    offers: { modelPackageArn: stepProperty(ctx.name, 'ModelPackageArn') },
  };
}

function lineage(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        Artifacts: [
          { ArtifactName: 'trained-model', ArtifactType: 'Model', Source: { SourceUri: madeModelUri(ctx) } },
        ],
      },
    },
  };
}

export const modelFamily: StepFamily = {
  generate: { Model: createModel, RegisterModel: registerModel, Lineage: lineage },
};
