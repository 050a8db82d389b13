/**
 * A simulated pipeline execution: the builder's pipeline walked the way SageMaker Pipelines runs
 * one, event by event, with no AWS call. What it models, from the AWS guide:
 * - a step starts once every step it depends on has succeeded, so steps whose dependencies have
 *   succeeded start together ("When a step does not depend on any other step, it runs immediately
 *   upon pipeline execution", build-and-manage-steps.html);
 * - a Condition step takes its if branch when its condition holds and its else branch otherwise;
 *   here the condition is "metric ≥ threshold", with a metric value the reader sets;
 * - a Fail step, or any step the reader makes fail, fails the execution, but only once the steps
 *   running at the same time have finished ("When a Fail step and other pipeline steps execute at
 *   the same time, the pipeline does not terminate until all concurrent steps are completed",
 *   build-and-manage-steps-types.html); no step starts after that.
 *
 * What it simplifies: every step of a wave takes as long as the others, so a wave starts together
 * and ends together; a step shows Executing from its start (the service shows Starting briefly
 * first); DependsOn names an imported step keeps for steps elsewhere are not followed.
 *
 * Statuses use AWS's words (the API's StepStatus and PipelineExecutionStatus); "Not started" is a
 * step that never started.
 */
import { parentsOf, placedSteps } from './dependencies';
import type { Branch, BuilderPipeline } from './model';

export type StepStatus = 'Not started' | 'Executing' | 'Succeeded' | 'Failed';
export type ExecutionStatus = 'Executing' | 'Succeeded' | 'Failed';

export interface RunSettings {
  /** The value the Conditions compare (e.g. the model's AUC). */
  metric: number;
  /** The threshold the metric must reach for the if branch. */
  threshold: number;
  /** Keys of the steps the reader makes fail. */
  failing: ReadonlySet<string>;
}

export interface RunState {
  /** Every step's status, by key. */
  statuses: ReadonlyMap<string, StepStatus>;
  execution: ExecutionStatus;
  /** The branch each Condition that ran took. */
  taken: ReadonlyMap<string, Branch>;
  /** What the last event did, in a sentence a screen reader can announce. */
  said: string;
}

/** The execution before its first event: every step Not started. */
export function startRun(p: BuilderPipeline): RunState {
  const statuses = new Map([...placedSteps(p).keys()].map((key) => [key, 'Not started' as StepStatus]));
  return { statuses, execution: 'Executing', taken: new Map(), said: 'The execution has started.' };
}

/**
 * The next event of the execution: the steps executing finish, or, when none is executing, the
 * steps that can start, start together. An execution that has ended stays as it is.
 */
export function nextEvent(p: BuilderPipeline, settings: RunSettings, state: RunState): RunState {
  if (state.execution !== 'Executing') return state;
  const placed = placedSteps(p);
  const name = (key: string) => placed.get(key)?.step.name ?? key;
  const statuses = new Map(state.statuses);
  const executing = [...statuses].filter(([, status]) => status === 'Executing').map(([key]) => key);

  if (executing.length > 0) {
    const taken = new Map(state.taken);
    const failed: string[] = [];
    const succeeded: string[] = [];
    for (const key of executing) {
      const step = placed.get(key)?.step;
      const fails = settings.failing.has(key) || step?.type === 'Fail';
      statuses.set(key, fails ? 'Failed' : 'Succeeded');
      (fails ? failed : succeeded).push(key);
      if (!fails && step?.type === 'Condition') {
        taken.set(key, settings.metric >= settings.threshold ? 'if' : 'else');
      }
    }
    const outcomes = [...taken]
      .filter(([key]) => executing.includes(key))
      .map(
        ([key, branch]) =>
          `${name(key)} took its ${branch} branch (${settings.metric} ${branch === 'if' ? '≥' : '<'} ${settings.threshold})`,
      );
    const parts = [
      succeeded.length > 0 && `${list(succeeded.map(name))} succeeded`,
      failed.length > 0 && `${list(failed.map(name))} failed`,
      ...outcomes,
    ].filter(Boolean);
    const next = { statuses, execution: state.execution, taken, said: `${parts.join('; ')}.` };
    if (failed.length > 0) {
      return {
        ...next,
        execution: 'Failed',
        said: `${next.said} No other step starts: the execution has failed.`,
      };
    }
    return ready(p, next).length > 0 ? next : finish(next);
  }

  const starting = ready(p, state);
  if (starting.length === 0) return finish(state);
  for (const key of starting) statuses.set(key, 'Executing');
  const together = starting.length > 1 ? ' start together' : ' starts';
  return { ...state, statuses, said: `${list(starting.map(name))}${together}.` };
}

/** Every state of the execution from the start to its end, the start included. */
export function runToEnd(p: BuilderPipeline, settings: RunSettings): RunState[] {
  const states = [startRun(p)];
  // Each event changes at least one step, and each step changes at most twice.
  for (let limit = 2 * states[0].statuses.size + 2; limit > 0; limit--) {
    const current = states[states.length - 1];
    const next = nextEvent(p, settings, current);
    if (next === current) break;
    states.push(next);
  }
  return states;
}

/** The steps not started whose dependencies have all succeeded (and whose branch was taken). */
function ready(p: BuilderPipeline, state: Pick<RunState, 'statuses' | 'taken'>): string[] {
  const placed = placedSteps(p);
  const parents = parentsOf(placed);
  return [...placed.values()]
    .filter(({ step, condition, branch }) => {
      if (state.statuses.get(step.key) !== 'Not started') return false;
      if (condition && state.taken.get(condition.key) !== branch) return false;
      return (parents.get(step.key) ?? []).every((parent) => state.statuses.get(parent.key) === 'Succeeded');
    })
    .map(({ step }) => step.key);
}

function finish(state: RunState): RunState {
  const failed = [...state.statuses.values()].includes('Failed');
  const execution = failed ? 'Failed' : 'Succeeded';
  return {
    ...state,
    execution,
    said: `${state.said === '' ? '' : `${state.said} `}The execution ${execution === 'Failed' ? 'has failed' : 'has succeeded'}.`.trim(),
  };
}

function list(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
