import { describe, expect, it } from 'vitest';
import { findInferenceOption, inferenceOptions, type InferenceOptionId } from '../../data/inference-options';
import { checksFor, choose, preferenceOrder, preferences, reason, type CheckId } from './choose';
import type { Traffic, Workload } from './workload';

/**
 * The exam's rules, restated independently of the implementation with the documented figures:
 * for each option, the conditions that rule it out, in the order the chooser names them.
 */
const ruledOutBy: Record<InferenceOptionId, (w: Workload) => CheckId[]> = {
  'real-time': (w) => [
    ...(w.payloadMB > 6 ? ['payload' as const] : []),
    ...(w.seconds > 60 ? ['time' as const] : []),
    ...(w.freeWhenIdle ? ['idle' as const] : []),
  ],
  serverless: (w) => [
    ...(w.payloadMB > 4 ? ['payload' as const] : []),
    ...(w.seconds > 60 ? ['time' as const] : []),
    ...(w.needsGpu ? ['gpu' as const] : []),
    ...(!w.coldStartsOk ? ['cold-start' as const] : []),
  ],
  asynchronous: (w) => [
    ...(w.payloadMB > 1024 ? ['payload' as const] : []),
    ...(w.seconds > 3600 ? ['time' as const] : []),
    ...(w.answerNow ? ['answer-now' as const] : []),
    ...(w.freeWhenIdle && !w.coldStartsOk ? ['cold-start' as const] : []),
  ],
  'batch-transform': (w) => [
    ...(w.traffic !== 'dataset' ? ['traffic' as const] : []),
    ...(w.payloadMB > 100 ? ['payload' as const] : []),
    ...(w.seconds > 3600 ? ['time' as const] : []),
    ...(w.answerNow ? ['answer-now' as const] : []),
  ],
};

/** Which option the exam prefers when several fit, by traffic pattern. */
const examOrder: Record<Traffic, InferenceOptionId[]> = {
  steady: ['real-time', 'serverless', 'asynchronous', 'batch-transform'],
  spiky: ['serverless', 'real-time', 'asynchronous', 'batch-transform'],
  'idle-stretches': ['serverless', 'asynchronous', 'real-time', 'batch-transform'],
  dataset: ['batch-transform', 'asynchronous', 'real-time', 'serverless'],
};

const negotiable = new Set<CheckId>(['answer-now', 'cold-start', 'idle']);

// Each class of each control: both sides of every documented limit and setting default.
const inlineMB = 128_000 / 1024 / 1024;
const justAbove = (value: number) => value * 1.01;
const payloads = [1 / 1024, inlineMB, 4, 6, 100, 1024].flatMap((mb) => [mb, justAbove(mb)]);
const times = [0.1, 60, 600, 900, 3600].flatMap((seconds) => [seconds, justAbove(seconds)]);
const traffics: Traffic[] = ['steady', 'spiky', 'idle-stretches', 'dataset'];
const flags = [false, true];

function* workloads(traffic: Traffic): Generator<Workload> {
  for (const payloadMB of payloads)
    for (const seconds of times)
      for (const answerNow of flags)
        for (const coldStartsOk of flags)
          for (const freeWhenIdle of flags)
            for (const needsGpu of flags)
              yield { payloadMB, seconds, traffic, answerNow, coldStartsOk, freeWhenIdle, needsGpu };
}

describe('choose, over every combination of the controls’ classes', () => {
  for (const traffic of traffics) {
    it(`follows the exam's rules for ${traffic} traffic`, () => {
      let combinations = 0;
      const seen = new Set<string>();
      for (const workload of workloads(traffic)) {
        combinations++;
        const at = JSON.stringify(workload);
        const result = choose(workload, inferenceOptions);
        const expected = examOrder[traffic].filter((id) => ruledOutBy[id](workload).length === 0);

        expect(result.recommended, at).toBe(expected[0]);
        expect(
          result.alsoFits.map((entry) => entry.id),
          at,
        ).toEqual(expected.slice(1));
        for (const entry of result.alsoFits) expect(entry.why, at).toMatch(/\w{3,}.*\.$/);
        seen.add(result.recommended ?? 'none');

        // Every option is judged, in the data's order, and each ruled-out one names its first reason.
        expect(result.verdicts.map((verdict) => verdict.id)).toEqual(inferenceOptions.map((o) => o.id));
        for (const verdict of result.verdicts) {
          expect(verdict.ruledOutBy?.id, `${verdict.id} ${at}`).toBe(ruledOutBy[verdict.id](workload)[0]);
        }

        // With nothing that fits, the closest option is the one that asks to give up the fewest wishes.
        const givingUp = examOrder[traffic]
          .map((id) => ({ id, broken: ruledOutBy[id](workload) }))
          .filter(({ broken }) => broken.every((check) => negotiable.has(check)))
          .sort((a, b) => a.broken.length - b.broken.length)[0];
        if (expected.length === 0 && givingUp) {
          expect(result.closest?.id, at).toBe(givingUp.id);
          expect(result.closest?.giveUp.map((check) => check.id)).toEqual(givingUp.broken);
        } else {
          expect(result.closest, at).toBeUndefined();
        }

        // Settings to raise and corrections to the notes appear exactly where they apply.
        const notes = result.notes.map((note) => note.text).join('\n');
        const isAsync = result.recommended === 'asynchronous';
        const isBatch = result.recommended === 'batch-transform';
        expect(/Set InvocationTimeoutSeconds/.test(notes), at).toBe(isAsync && workload.seconds > 900);
        expect(/Set InvocationsTimeoutInSeconds/.test(notes), at).toBe(isBatch && workload.seconds > 600);
        expect(/Set MaxPayloadInMB/.test(notes), at).toBe(isBatch && workload.payloadMB > 6);
        expect(/inline/.test(notes), at).toBe(isAsync && workload.payloadMB <= inlineMB);
        expect(/not the whole job/.test(notes), at).toBe(isBatch);
        expect(/Older study material says “Max 1 hour”/.test(notes), at).toBe(isAsync || isBatch);
        // Scale to zero shows once: among the deciding facts when idle time must be free, else as a note.
        const shown = [...result.deciding.map((check) => check.fact), ...result.notes.map((n) => n.text)];
        expect(shown.filter((text) => /minimum of zero instances/.test(text)).length, at).toBe(
          isAsync ? 1 : 0,
        );
        expect(
          result.deciding.some((check) => check.id === 'idle'),
          at,
        ).toBe(!!result.recommended && workload.freeWhenIdle);
      }
      expect(combinations).toBe(payloads.length * times.length * 2 ** 4);
      // The grid reaches every option the traffic allows, and a workload nothing fits.
      const reachable = traffic === 'dataset' ? 4 : 3;
      expect(seen.size).toBe(reachable + 1);
    });
  }
});

describe('checksFor', () => {
  it('lists what can rule out each option, as the decision table shows it', () => {
    const table = Object.fromEntries(
      inferenceOptions.map((option) => [
        option.id,
        checksFor(option).flatMap((check) => check.rulesOutWhen ?? []),
      ]),
    );
    expect(table).toEqual({
      'real-time': ['A request over 6 MB', 'Processing over 1 minute', 'Idle time must cost nothing'],
      serverless: [
        'A request over 4 MB',
        'Processing over 1 minute',
        'The model needs a GPU',
        'Cold starts are not acceptable',
      ],
      asynchronous: [
        'A request over 1 GB',
        'Processing over 1 hour',
        'The caller needs the answer within its call',
        'Idle time must cost nothing, yet cold starts are not acceptable',
      ],
      'batch-transform': [
        'Requests arrive one by one rather than as a whole dataset',
        'A request over 100 MB',
        'Processing over 1 hour',
        'The caller needs the answer within its call',
      ],
    });
  });

  it('links every check to the AWS page of its limit or trait', () => {
    for (const option of inferenceOptions) {
      for (const check of checksFor(option)) {
        expect(check.source.url, `${option.id} ${check.id}`).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        expect(check.fact.length).toBeGreaterThan(10);
      }
    }
  });

  it('marks the scale to zero of asynchronous inference as newer than the notes', () => {
    const marked = checksFor(findInferenceOption('asynchronous'))
      .filter((check) => check.sinceTheNotes)
      .map((check) => check.id);
    expect(marked).toEqual(['idle']);
  });
});

describe('reason', () => {
  const workload: Workload = {
    payloadMB: 5,
    seconds: 90,
    traffic: 'steady',
    answerNow: true,
    coldStartsOk: false,
    freeWhenIdle: false,
    needsGpu: true,
  };

  it('quotes the workload’s own figure against a limit', () => {
    const [, payload, time] = checksFor(findInferenceOption('serverless'));
    expect(reason(payload, workload)).toBe('A request over 4 MB: yours is 5 MB.');
    expect(reason(time, workload)).toBe('Processing over 1 minute: yours takes 1.5 minutes.');
  });

  it('names the wish a trait cannot meet', () => {
    const gpu = checksFor(findInferenceOption('serverless')).find((check) => check.id === 'gpu');
    expect(gpu && reason(gpu, workload)).toBe('The model needs a GPU.');
  });
});

describe('preferences', () => {
  it('ranks every option once for each traffic pattern', () => {
    for (const { order } of Object.values(preferences)) {
      expect([...order].sort()).toEqual(inferenceOptions.map((option) => option.id).sort());
    }
  });

  it('leaves batch transform out of the order unless the traffic is a whole dataset', () => {
    for (const traffic of traffics) {
      expect(preferenceOrder(traffic, inferenceOptions)).toEqual(
        examOrder[traffic].filter((id) => traffic === 'dataset' || id !== 'batch-transform'),
      );
    }
  });
});
