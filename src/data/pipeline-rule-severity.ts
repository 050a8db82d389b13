/**
 * How serious each of the pipeline builder's findings is. Kept apart from the rules' words
 * (`pipeline-rules.ts`) so the builder can check a pipeline without loading them: the words load
 * only when a finding is shown.
 *
 * An error is something SageMaker AI would refuse or that cannot work; a warning is something that
 * usually means a mistake but can be right; info is worth knowing.
 */

export type RuleSeverity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'empty-pipeline'
  | 'invalid-step-name'
  | 'duplicate-step-name'
  | 'model-without-training'
  | 'transform-without-model'
  | 'model-bias-check-without-model'
  | 'model-quality-check-without-model'
  | 'condition-without-training'
  | 'condition-without-branches'
  | 'branch-step-outside-schema'
  | 'nested-condition'
  | 'step-type-newer-than-schema'
  | 'unknown-step-type'
  | 'evaluation-without-model'
  | 'runs-alongside-fail'
  | 'waits-for-fail'
  | 'waits-for-condition'
  | 'missing-step-reference'
  | 'dependency-cycle';

export const ruleSeverity: Record<RuleId, RuleSeverity> = {
  'empty-pipeline': 'warning',
  'invalid-step-name': 'error',
  'duplicate-step-name': 'error',
  'model-without-training': 'warning',
  'transform-without-model': 'warning',
  'model-bias-check-without-model': 'warning',
  'model-quality-check-without-model': 'warning',
  'condition-without-training': 'warning',
  'condition-without-branches': 'warning',
  'branch-step-outside-schema': 'warning',
  'nested-condition': 'error',
  'step-type-newer-than-schema': 'info',
  'unknown-step-type': 'warning',
  'evaluation-without-model': 'warning',
  'runs-alongside-fail': 'warning',
  'waits-for-fail': 'error',
  'waits-for-condition': 'error',
  'missing-step-reference': 'error',
  'dependency-cycle': 'error',
};
