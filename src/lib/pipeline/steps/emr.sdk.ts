/**
 * The SDK argument that sets each field of an EMR step's definition (read by the test that the
 * Python sets what the JSON sets; apart from emr.ts, so that the builder's hydration bundle does
 * not carry it).
 */

import { keyword, sdkCannotSet, type SdkArguments } from './context';

/** An `EMRStep`'s fields (`sagemaker/workflow/emr_step.py`). */
const emrArguments: SdkArguments = {
  'Arguments.ClusterId': keyword('cluster_id'),
  'Arguments.StepConfig.HadoopJarStep.Jar': keyword('jar'),
  'Arguments.StepConfig.HadoopJarStep.Args[]': keyword('args'),
  // EMRStepConfig takes only the jar, its arguments, main class and properties.
  'Arguments.StepConfig.Name': sdkCannotSet(
    'the published schema requires it; the SDK leaves it to SageMaker, which names the EMR step when it runs',
  ),
  'Arguments.StepConfig.ActionOnFailure': sdkCannotSet(
    "EMR's CONTINUE: a failed step leaves the cluster going on with its next step; the SDK sends none",
  ),
};

export const emrSdkArguments: Record<string, SdkArguments> = {
  EMR: emrArguments,
  // SDK v2 has no EMR Serverless step: the code names the application and stays out of the pipeline.
  EMRServerless: {},
};
