/**
 * Test helper: fast-check arbitraries for random builder pipelines.
 *
 * Steps get catalogue types, unique names that follow SageMaker's rule and unique keys, in the
 * order they appear (top level, with each Condition's if branch then else branch after it).
 * `schemaOnly` keeps to the published schema: schema Types only, and in Condition branches only
 * the types the schema allows there.
 */

import fc from 'fast-check';
import { pipelineStepTypes, type PipelineStepType } from '../../../data/pipeline-step-types';
import type { BuilderPipeline, BuilderStep, CheckType } from '../model';

const checkTypes: Record<string, readonly CheckType[]> = {
  ClarifyCheck: ['DATA_BIAS', 'MODEL_BIAS', 'MODEL_EXPLAINABILITY'],
  QualityCheck: ['DATA_QUALITY', 'MODEL_QUALITY'],
};

/** A step before it has a name and a key: its type, a wished-for name, and for a Condition its branches. */
interface StepShape {
  type: string;
  name: string;
  checkType?: CheckType;
  ifSteps?: StepShape[];
  elseSteps?: StepShape[];
}

const nameArbitrary = fc.stringMatching(/^[A-Za-z0-9\-_]{1,60}$/);

function shapeOf(types: readonly PipelineStepType[]): fc.Arbitrary<StepShape> {
  return fc.constantFrom(...types).chain((type) => {
    const checks = checkTypes[type.id];
    return fc.record({
      type: fc.constant(type.id),
      name: nameArbitrary,
      ...(checks && { checkType: fc.constantFrom(...checks) }),
    });
  });
}

export interface PipelineArbitraryOptions {
  schemaOnly: boolean;
  /** Most top-level steps (default 8); a branch holds at most 3. */
  maxSteps?: number;
}

export function arbitraryPipeline({
  schemaOnly,
  maxSteps = 8,
}: PipelineArbitraryOptions): fc.Arbitrary<BuilderPipeline> {
  const allowed = pipelineStepTypes.filter((type) => !schemaOnly || type.inSchema);
  const plain = allowed.filter((type) => type.id !== 'Condition');
  const inBranch = plain.filter((type) => !schemaOnly || type.schemaAllowsInConditionBranch);
  const branch = fc.array(shapeOf(inBranch), { maxLength: 3 });
  const condition = fc.record({
    type: fc.constant('Condition'),
    name: nameArbitrary,
    ifSteps: branch,
    elseSteps: branch,
  });
  const step = fc.oneof({ arbitrary: shapeOf(plain), weight: 4 }, { arbitrary: condition, weight: 1 });
  return fc.array(step, { maxLength: maxSteps }).map(toPipeline);
}

/** Gives every step a unique key and a unique name (a clashing name gets a numbered suffix). */
function toPipeline(shapes: StepShape[]): BuilderPipeline {
  const names = new Set<string>();
  let count = 0;
  const uniqueName = (wished: string) => {
    let name = wished;
    for (let n = 2; names.has(name); n++) name = `${wished.slice(0, 58)}-${n}`;
    names.add(name);
    return name;
  };
  const build = (shape: StepShape): BuilderStep => {
    const step: BuilderStep = { key: `k${++count}`, type: shape.type, name: uniqueName(shape.name) };
    if (shape.checkType) step.checkType = shape.checkType;
    if (shape.ifSteps) step.ifSteps = shape.ifSteps.map(build);
    if (shape.elseSteps) step.elseSteps = shape.elseSteps.map(build);
    return step;
  };
  return { steps: shapes.map(build) };
}
