/**
 * The SDK argument that sets each field of a Condition or Fail step's definition (read by the test
 * that the Python sets what the JSON sets; apart from condition.ts, so that the builder's hydration
 * bundle does not carry it).
 */

import { keyword, type SdkArguments } from './context';

/** A `ConditionStep`'s fields (`sagemaker/workflow/condition_step.py`, `conditions.py`). */
const conditionArguments: SdkArguments = {
  'Arguments.Conditions[].Type': { code: 'Condition', derived: 'the class of the condition names its type' },
  'Arguments.Conditions[].LeftValue': keyword('left'),
  'Arguments.Conditions[].RightValue': keyword('right'),
  // The branch steps are exported as steps of their own; the branches list their variables.
  'Arguments.IfSteps': keyword('if_steps', 'the branch lists the variables of its steps'),
  'Arguments.ElseSteps': keyword('else_steps', 'the branch lists the variables of its steps'),
};

export const conditionSdkArguments: Record<string, SdkArguments> = {
  Condition: conditionArguments,
  Fail: { 'Arguments.ErrorMessage': keyword('error_message') },
};
