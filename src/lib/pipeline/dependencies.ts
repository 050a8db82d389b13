/**
 * Reading the dependencies of a builder pipeline: what each step waits for, what runs upstream of
 * it, and which steps can run at the same time. SageMaker Pipelines starts a step once every step
 * it depends on has succeeded, whatever their order in the list:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/build-and-manage-steps.html
 *
 * A branch step runs after its Condition has decided, so the Condition and everything upstream of
 * it are upstream of the branch step too. Imported data can hold cycles: every walk here keeps a
 * visited set.
 */
import type { Branch, BuilderPipeline, BuilderStep } from './model';

/** The steps of one list (the main list or a branch) that `step`, a member of `list`, waits for. */
export function waitsForIn(list: readonly BuilderStep[], step: BuilderStep): BuilderStep[] {
  if (!step.waitsFor) {
    // Data from before dependencies were modelled: the step waited for the one above it.
    const previous = list[list.indexOf(step) - 1];
    return previous ? [previous] : [];
  }
  const byKey = new Map(list.map((inner) => [inner.key, inner]));
  return step.waitsFor.flatMap((key) => byKey.get(key) ?? []).filter((inner) => inner !== step);
}

export interface Placed {
  step: BuilderStep;
  list: readonly BuilderStep[];
  /** The Condition whose branch holds the step, and which branch. */
  condition?: BuilderStep;
  branch?: Branch;
}

/** Every step by key, with its list and, for a branch step, its Condition and branch. */
export function placedSteps(p: BuilderPipeline): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const step of p.steps) {
    placed.set(step.key, { step, list: p.steps });
    for (const branch of ['if', 'else'] as const) {
      for (const inner of (branch === 'if' ? step.ifSteps : step.elseSteps) ?? []) {
        placed.set(inner.key, {
          step: inner,
          list: (branch === 'if' ? step.ifSteps : step.elseSteps) ?? [],
          condition: step,
          branch,
        });
      }
    }
  }
  return placed;
}

/** What each step directly waits for: its list's steps, else (a branch step) its Condition. */
export function parentsOf(placed: Map<string, Placed>): Map<string, BuilderStep[]> {
  const parents = new Map<string, BuilderStep[]>();
  for (const { step, list, condition } of placed.values()) {
    const inList = waitsForIn(list, step);
    // A branch step with nothing of its branch upstream waits for its Condition to decide.
    parents.set(step.key, inList.length === 0 && condition ? [condition] : inList);
  }
  return parents;
}

/** Breadth first from `key` along `next`: each step reached once, nearest first. */
function reach(key: string, next: Map<string, BuilderStep[]>): BuilderStep[] {
  const result: BuilderStep[] = [];
  const seen = new Set([key]);
  for (let frontier = [key]; frontier.length > 0;) {
    const following: string[] = [];
    for (const current of frontier) {
      for (const step of next.get(current) ?? []) {
        if (seen.has(step.key)) continue;
        seen.add(step.key);
        result.push(step);
        following.push(step.key);
      }
    }
    frontier = following;
  }
  return result;
}

/**
 * Every step upstream of `key` (it runs only after they have), nearest first: breadth first over
 * what the step waits for; for a branch step, its branch's steps, then its Condition and what is
 * upstream of that. Empty for an unknown key.
 */
export function upstreamOf(p: BuilderPipeline, key: string): BuilderStep[] {
  return reach(key, parentsOf(placedSteps(p)));
}

/** Every step downstream of `key`: the steps that have it upstream. */
export function downstreamOf(p: BuilderPipeline, key: string): BuilderStep[] {
  const placed = placedSteps(p);
  const children = new Map<string, BuilderStep[]>();
  for (const [child, parents] of parentsOf(placed)) {
    const step = placed.get(child)?.step;
    if (!step) continue;
    for (const parent of parents) children.set(parent.key, [...(children.get(parent.key) ?? []), step]);
  }
  return reach(key, children);
}

/**
 * The steps that can run at the same time as `key`: neither upstream nor downstream of it, and not
 * in the other branch of a Condition it sits in (only one branch runs).
 */
export function concurrentWith(p: BuilderPipeline, key: string): BuilderStep[] {
  const placed = placedSteps(p);
  const self = placed.get(key);
  if (!self) return [];
  const related = new Set([key, ...[...upstreamOf(p, key), ...downstreamOf(p, key)].map((step) => step.key)]);
  const otherBranch = (other: Placed) =>
    self.condition !== undefined && other.condition === self.condition && other.list !== self.list;
  return [...placed.values()]
    .filter((other) => !related.has(other.step.key) && !otherBranch(other))
    .map(({ step }) => step);
}

/** Step types another step can never wait for: SageMaker refuses a Fail or Condition step there. */
export const neverWaitedFor: ReadonlySet<string> = new Set(['Fail', 'Condition']);

/**
 * The steps `key` may be made to wait for: the other steps of its list, except Fail and Condition
 * steps and the steps downstream of it (waiting for them would close a circle).
 */
export function possibleDependencies(p: BuilderPipeline, key: string): BuilderStep[] {
  const here = placedSteps(p).get(key);
  if (!here) return [];
  const downstream = new Set(downstreamOf(p, key).map((step) => step.key));
  return here.list.filter(
    (other) => other.key !== key && !neverWaitedFor.has(other.type) && !downstream.has(other.key),
  );
}
