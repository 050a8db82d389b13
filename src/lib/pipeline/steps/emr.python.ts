/** The SDK code of an `EMRStep`, and of EMR Serverless, which SDK v2 has no step for. */

import type { DefinitionStep } from '../model';
import { args, py, quote, use, type Render, type StepCode } from './code';

const emrStep: StepCode = {
  module: 'sagemaker.workflow.emr_step',
  setup: (_step, _builder, render) => {
    use(render, 'sagemaker.workflow.emr_step', 'EMRStepConfig');
    return [
      '# EMRStepConfig has no argument for the step name or ActionOnFailure, which the definition',
      '# JSON sets: with the SDK, SageMaker names the EMR step when it runs.',
    ];
  },
  kwargs: (step, _builder, render) => [
    ['cluster_id', py(args(step, 'ClusterId'), render)],
    [
      'step_config',
      `EMRStepConfig(jar=${py(args(step, 'StepConfig', 'HadoopJarStep', 'Jar'), render)}, args=${py(args(step, 'StepConfig', 'HadoopJarStep', 'Args'), render)})`,
    ],
    ['display_name', py(step.Name, render)],
    ['description', "'Spark job on Amazon EMR'"],
  ],
};

/**
 * SDK v2 has no EMR Serverless step (no `emr_serverless_step` module in any v2 release); v3 added
 * one in the sagemaker-mlops package. The step stays out of the v2 pipeline, and the code says so.
 */
function emrServerlessStep(step: DefinitionStep, render: Render): string[] {
  return [
    `# Step ${quote(step.Name)}: SDK v2 has no EMR Serverless step, so it is left out of this pipeline.`,
    '# SDK v3 has one: from sagemaker.mlops.workflow.emr_serverless_step import',
    '#   EMRServerlessStep, EMRServerlessJobConfig',
    `#   (application_id=${py(args(step, 'ApplicationId'), render)}). In v2, run the Spark job with an`,
    '# EMRStep on an EMR cluster instead, or keep this step in the definition JSON.',
  ];
}

export const emrCode: Record<string, StepCode> = {
  EMR: emrStep,
  EMRServerless: { standalone: emrServerlessStep, inPipeline: false },
};
