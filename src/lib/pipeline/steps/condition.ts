/**
 * The steps that decide how an execution goes on: Condition (`ConditionStep`: its conditions here,
 * its branches the walk's, which exports them as steps of their own) and Fail (`FailStep`). The
 * SDK code is in `condition.python.ts`, the arguments in `condition.sdk.ts`.
 */

import * as placeholder from '../placeholders';
import { param, stepProperty, type Generated, type StepContext, type StepFamily } from './context';

/** The model's metric against the threshold: from the evaluation report, else the job's own metric. */
function conditions(ctx: StepContext): unknown[] {
  const report = placeholder.evaluationReport;
  const evaluation = ctx.options.evaluationReport ? ctx.find('evaluation') : undefined;
  const metric = evaluation
    ? {
        'Std:JsonGet': {
          PropertyFile: stepProperty(evaluation.step, `PropertyFiles.${report.name}`),
          Path: report.metricPath,
        },
      }
    : ctx.find('metric');
  // With no model to measure, the condition can still branch on a parameter.
  if (!metric) return [{ Type: 'Equals', LeftValue: param('ModelApprovalStatus'), RightValue: 'Approved' }];
  return [{ Type: 'GreaterThanOrEqualTo', LeftValue: metric, RightValue: placeholder.metricThreshold }];
}

function condition(ctx: StepContext): Generated {
  return { fields: { Arguments: { Conditions: conditions(ctx) } } };
}

function fail(ctx: StepContext): Generated {
  const reason = ctx.inElseBranch ? 'the model did not reach the metric threshold' : 'stopped on purpose';
  return { fields: { Arguments: { ErrorMessage: `${ctx.name}: ${reason}.` } } };
}

export const conditionFamily: StepFamily = {
  generate: { Condition: condition, Fail: fail },
};
