/** The SDK code of a `ConditionStep` (its conditions and the variables of its branch steps) and a `FailStep`. */

import type { DefinitionStep } from '../model';
import { args, py, use, type StepCode } from './code';

const conditionClasses: Record<string, string> = {
  GreaterThanOrEqualTo: 'ConditionGreaterThanOrEqualTo',
  Equals: 'ConditionEquals',
};

const conditionStep: StepCode = {
  module: 'sagemaker.workflow.condition_step',
  kwargs: (step, _builder, render) => {
    const conditions =
      (args(step, 'Conditions') as { Type: string; LeftValue: unknown; RightValue: unknown }[]) ?? [];
    const list = conditions.map((condition) => {
      const cls = conditionClasses[condition.Type] ?? `Condition${condition.Type}`;
      use(render, 'sagemaker.workflow.conditions', cls);
      return `${cls}(left=${py(condition.LeftValue, render)}, right=${py(condition.RightValue, render)})`;
    });
    const branch = (key: string) =>
      `[${((args(step, key) as DefinitionStep[]) ?? [])
        .filter((s) => render.defined.has(s.Name))
        .map((s) => render.variables.get(s.Name))
        .join(', ')}]`;
    return [
      ['conditions', `[${list.join(', ')}]`],
      ['if_steps', branch('IfSteps')],
      ['else_steps', branch('ElseSteps')],
    ];
  },
};

const failStep: StepCode = {
  module: 'sagemaker.workflow.fail_step',
  kwargs: (step, _builder, render) => [['error_message', py(args(step, 'ErrorMessage'), render)]],
};

export const conditionCode: Record<string, StepCode> = { Condition: conditionStep, Fail: failStep };
