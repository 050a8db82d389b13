/**
 * The steps that run a Spark job on Amazon EMR: EMR (`EMRStep`, AddJobFlowSteps on a running
 * cluster) and EMR Serverless (a job run on an EMR Serverless application). The SDK code is in
 * `emr.python.ts`, the arguments in `emr.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { inputData, type Generated, type StepContext, type StepFamily } from './context';

const sparkJob = placeholder.s3Uri('code/spark_job.py');

function emr(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ClusterId: placeholder.emrClusterId,
        StepConfig: {
          Name: ctx.name,
          ActionOnFailure: 'CONTINUE',
          HadoopJarStep: {
            Jar: 'command-runner.jar',
            Args: ['spark-submit', sparkJob, '--input', inputData(ctx, 'trainData')],
          },
        },
      },
    },
  };
}

/**
 * The Arguments SDK v3's EMRServerlessStep writes (`sagemaker/mlops/workflow/emr_serverless_step.py`,
 * the only SDK with this step): the role at the top, and StartJobRun's request as `JobConfig`.
 */
function emrServerless(ctx: StepContext): Generated {
  return {
    fields: {
      Arguments: {
        ExecutionRoleArn: placeholder.roleArn,
        JobConfig: {
          executionRoleArn: placeholder.roleArn,
          jobDriver: {
            sparkSubmit: {
              entryPoint: sparkJob,
              entryPointArguments: ['--input', inputData(ctx, 'trainData')],
            },
          },
          applicationId: placeholder.emrServerlessApplicationId,
        },
        ApplicationId: placeholder.emrServerlessApplicationId,
      },
    },
  };
}

export const emrFamily: StepFamily = {
  generate: { EMR: emr, EMRServerless: emrServerless },
};
