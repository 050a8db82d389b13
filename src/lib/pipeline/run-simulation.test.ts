import { describe, expect, it } from 'vitest';
import type { BuilderPipeline, BuilderStep } from './model';
import { nextEvent, runToEnd, startRun, type RunSettings, type RunState } from './run-simulation';
import { findTemplate } from './templates';

const settings = (more: Partial<RunSettings> = {}): RunSettings => ({
  metric: 0.82,
  threshold: 0.8,
  failing: new Set(),
  ...more,
});
const step = (key: string, type: string, waitsFor: string[] = [], more: Partial<BuilderStep> = {}) => ({
  key,
  type,
  name: key,
  waitsFor,
  ...more,
});
const template = (id: string) => {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found.pipeline;
};

/** For each event, the steps that were executing after it, by name. */
function executingWaves(p: BuilderPipeline, states: RunState[]): string[][] {
  const names = new Map<string, string>();
  const visit = (list: BuilderStep[]) =>
    list.forEach((s) => {
      names.set(s.key, s.name);
      visit([...(s.ifSteps ?? []), ...(s.elseSteps ?? [])]);
    });
  visit(p.steps);
  return states
    .map((state) =>
      [...state.statuses]
        .filter(([, status]) => status === 'Executing')
        .map(([key]) => names.get(key) ?? key),
    )
    .filter((wave) => wave.length > 0);
}

function statusesByName(p: BuilderPipeline, state: RunState): Record<string, string> {
  const result: Record<string, string> = {};
  const visit = (list: BuilderStep[]) =>
    list.forEach((s) => {
      result[s.name] = state.statuses.get(s.key) ?? '';
      visit([...(s.ifSteps ?? []), ...(s.elseSteps ?? [])]);
    });
  visit(p.steps);
  return result;
}

describe('the simulated execution', () => {
  it('starts with every step Not started and the execution Executing', () => {
    const state = startRun(template('classic-mlops'));
    expect([...state.statuses.values()].every((status) => status === 'Not started')).toBe(true);
    expect(state.execution).toBe('Executing');
  });

  it('runs the classic pipeline one step at a time and registers a model that reaches the threshold', () => {
    const p = template('classic-mlops');
    const states = runToEnd(p, settings());
    expect(executingWaves(p, states)).toEqual([
      ['PrepareData'],
      ['TrainModel'],
      ['EvaluateModel'],
      ['CheckAccuracy'],
      ['RegisterModel'],
    ]);
    const end = states[states.length - 1];
    expect(end.execution).toBe('Succeeded');
    expect(statusesByName(p, end)).toMatchObject({ RegisterModel: 'Succeeded', StopPipeline: 'Not started' });
  });

  it('takes the else branch below the threshold, and the Fail step fails the execution', () => {
    const p = template('classic-mlops');
    const end = runToEnd(p, settings({ metric: 0.75 })).at(-1) as RunState;
    expect(statusesByName(p, end)).toMatchObject({ RegisterModel: 'Not started', StopPipeline: 'Failed' });
    expect(end.execution).toBe('Failed');
  });

  it('starts steps whose dependencies have succeeded together: the two checks run side by side', () => {
    const p = template('quality-and-bias-checks');
    const waves = executingWaves(p, runToEnd(p, settings()));
    expect(waves[1]).toEqual(['CheckDataQuality', 'CheckDataBias']);
    expect(waves[2]).toEqual(['TrainModel']);
  });

  it('lets steps running alongside a Fail step finish, then fails, and starts nothing more', () => {
    const p: BuilderPipeline = {
      steps: [step('Stop', 'Fail'), step('Work', 'Processing'), step('Later', 'Training', ['Work'])],
    };
    const states = runToEnd(p, settings());
    const end = states[states.length - 1];
    expect(statusesByName(p, end)).toEqual({ Stop: 'Failed', Work: 'Succeeded', Later: 'Not started' });
    expect(end.execution).toBe('Failed');
  });

  it('stops what depends on a step the reader makes fail, and only that wave finishes', () => {
    const p = template('quality-and-bias-checks');
    const bias = p.steps.find((s) => s.name === 'CheckDataBias')?.key ?? '';
    const end = runToEnd(p, settings({ failing: new Set([bias]) })).at(-1) as RunState;
    expect(statusesByName(p, end)).toMatchObject({
      CheckDataQuality: 'Succeeded',
      CheckDataBias: 'Failed',
      TrainModel: 'Not started',
    });
    expect(end.execution).toBe('Failed');
  });

  it('says what each event did, naming the steps and the branch taken', () => {
    const p = template('classic-mlops');
    const said = runToEnd(p, settings()).map((state) => state.said);
    expect(said).toContain('PrepareData starts.');
    expect(said.some((text) => text.includes('CheckAccuracy took its if branch (0.82 ≥ 0.8)'))).toBe(true);
    expect(said.at(-1)).toMatch(/The execution has succeeded\.$/);
  });

  it('stays put once the execution has ended', () => {
    const p = template('automl-quick-start');
    const end = runToEnd(p, settings()).at(-1) as RunState;
    expect(nextEvent(p, settings(), end)).toBe(end);
  });

  it('ends without starting steps that wait for each other in a circle', () => {
    const p: BuilderPipeline = { steps: [step('A', 'Processing', ['B']), step('B', 'Processing', ['A'])] };
    const end = runToEnd(p, settings()).at(-1) as RunState;
    expect([...end.statuses.values()]).toEqual(['Not started', 'Not started']);
    expect(end.execution).not.toBe('Executing');
  });
});
