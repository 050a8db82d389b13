/**
 * The placeholder values the exported pipeline definition and Python code use, in one place.
 *
 * Account 111122223333 and bucket amzn-s3-demo-bucket are the examples AWS documentation uses, so
 * nothing here points at a real account. The image URIs are real us-east-1 images
 * (https://docs.aws.amazon.com/sagemaker/latest/dg-ecr-paths/ecr-us-east-1.html; the SageMaker
 * Python SDK's `image_uri_config/*.json` lists the same registries).
 */

const account = '111122223333';
const region = 'us-east-1';

export const roleArn = `arn:aws:iam::${account}:role/SageMakerExecutionRole`;
export const bucket = 'amzn-s3-demo-bucket';

/** An S3 URI in the example bucket, under the prefix every exported pipeline writes to. */
export function s3Uri(path: string): string {
  return `s3://${bucket}/pipeline/${path}`;
}

export const images = {
  sklearn: `683313688378.dkr.ecr.${region}.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3`,
  xgboost: `683313688378.dkr.ecr.${region}.amazonaws.com/sagemaker-xgboost:1.7-1`,
  clarify: `205585389593.dkr.ecr.${region}.amazonaws.com/sagemaker-clarify-processing:1.0`,
  modelMonitor: `156813124566.dkr.ecr.${region}.amazonaws.com/sagemaker-model-monitor-analyzer`,
  /** A Hugging Face training image, as JumpStart fine-tuning uses (AWS Deep Learning Containers). */
  huggingFace: `763104351884.dkr.ecr.${region}.amazonaws.com/huggingface-pytorch-training:2.0.0-transformers4.28.1-gpu-py310-cu118-ubuntu20.04`,
} as const;

export const instanceType = 'ml.m5.xlarge';
/** A GPU instance for fine-tuning a foundation model. */
export const gpuInstanceType = 'ml.g5.2xlarge';
export const modelPackageGroup = 'PipelineModelGroup';
export const lambdaArn = `arn:aws:lambda:${region}:${account}:function:notify-ml-team`;
export const sqsQueueUrl = `https://sqs.${region}.amazonaws.com/${account}/pipeline-callback-queue`;
/** The cluster ID Amazon EMR documentation uses in its examples. */
export const emrClusterId = 'j-2AXXXXXXGAPLF';
export const emrServerlessApplicationId = '00fabcdefexample';

/** What the example model predicts: a binary label, scored by AUC. */
export const targetColumn = 'label';
export const trainingMetric = 'validation:auc';
export const metricThreshold = 0.8;
/** The evaluation script's report, read by `Std:JsonGet` when the evaluation report is exported. */
export const evaluationReport = {
  name: 'EvaluationReport',
  outputName: 'evaluation',
  file: 'evaluation.json',
  metricPath: 'binary_classification_metrics.auc.value',
} as const;
