import { describe, expect, it } from 'vitest';
import { isAwsDocumentation } from '../lib/topic-schema';
import {
  findInferenceOption,
  inferenceOptions,
  logPosition,
  megabytes,
  payloadInMegabytes,
  type InferenceOption,
} from './inference-options';

const textFields = [
  'name',
  'shortName',
  'invokedWith',
  'requestsAndResponses',
  'billingWhenIdle',
  'bestFor',
] as const satisfies readonly (keyof InferenceOption)[];

describe('inference options', () => {
  it('lists the four options from fastest to slowest, as the notes and the exam compare them', () => {
    expect(inferenceOptions.map((option) => option.id)).toEqual([
      'real-time',
      'serverless',
      'asynchronous',
      'batch-transform',
    ]);
    const bands = inferenceOptions.map((option) => option.latency.band);
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
  });

  it('has unique ids and names', () => {
    expect(new Set(inferenceOptions.map((option) => option.id)).size).toBe(inferenceOptions.length);
    expect(new Set(inferenceOptions.map((option) => option.name)).size).toBe(inferenceOptions.length);
  });

  for (const option of inferenceOptions) {
    describe(option.name, () => {
      it('fills every field', () => {
        for (const field of textFields) expect(option[field].trim(), field).not.toBe('');
        expect(option.latency.label.trim()).not.toBe('');
        expect(option.latency.short.trim()).not.toBe('');
        expect(option.example.title.trim()).not.toBe('');
        expect(option.example.detail.trim()).not.toBe('');
        expect(option.sinceTheNotes.length).toBeGreaterThan(0);
        for (const limit of [option.maxPayload, option.maxProcessingTime]) {
          expect(limit.value).toBeGreaterThan(0);
          expect(limit.display.trim()).not.toBe('');
          expect(limit.short.trim()).not.toBe('');
          expect(limit.notesFigure.trim()).not.toBe('');
          expect(limit.currentDetail.trim()).not.toBe('');
        }
      });

      it('cites an AWS documentation page', () => {
        expect(isAwsDocumentation(option.source.url)).toBe(true);
      });

      it('shows its numeric limits in the display strings', () => {
        const payload = `${option.maxPayload.value} ${option.maxPayload.unit}`;
        expect(option.maxPayload.display).toContain(payload);
        expect(option.maxPayload.notesFigure).toContain(payload);
      });
    });
  }

  it('carries the documented limits exactly', () => {
    const limits = Object.fromEntries(
      inferenceOptions.map((option) => [
        option.id,
        [
          option.maxPayload.value,
          option.maxPayload.unit,
          option.maxProcessingTime.value,
          option.maxProcessingTime.unit,
        ],
      ]),
    );
    expect(limits).toEqual({
      'real-time': [6, 'MB', 60, 'seconds'],
      serverless: [4, 'MB', 60, 'seconds'],
      asynchronous: [1, 'GB', 3600, 'seconds'],
      'batch-transform': [100, 'MB', 3600, 'seconds'],
    });
  });

  it('keeps the exam figures of the notes next to the precise current details', () => {
    const realTime = findInferenceOption('real-time');
    expect(realTime.maxPayload.currentDetail).toContain('6,291,456 bytes');
    expect(realTime.maxProcessingTime.notesFigure).toBe('60 seconds');

    const serverless = findInferenceOption('serverless');
    expect(serverless.sinceTheNotes.join(' ')).toMatch(/1024–6144 MB/);
    expect(serverless.sinceTheNotes.join(' ')).toMatch(/up to 200/);
    expect(serverless.sinceTheNotes.join(' ')).toMatch(/provisioned concurrency/);

    const asynchronous = findInferenceOption('asynchronous');
    expect(asynchronous.maxProcessingTime.currentDetail).toMatch(/900 seconds \(15 minutes\)/);
    expect(asynchronous.maxProcessingTime.currentDetail).toMatch(/3600 seconds \(1 hour\)/);

    const batch = findInferenceOption('batch-transform');
    expect(batch.maxPayload.notesFigure).toMatch(/100 MB per invocation \(one mini-batch\)/);
    expect(batch.maxPayload.currentDetail).toMatch(/defaults to 6 MB/);
    expect(batch.maxProcessingTime.notesFigure).toBe('Max 1 hour');
    expect(batch.maxProcessingTime.currentDetail).toMatch(/defaults to 600 seconds/);
    expect(batch.maxProcessingTime.currentDetail).toMatch(/not the whole job/);
  });

  it('keeps requests and responses of asynchronous inference and batch transform in Amazon S3', () => {
    expect(findInferenceOption('asynchronous').requestsAndResponses).toContain('Amazon S3');
    expect(findInferenceOption('batch-transform').requestsAndResponses).toContain('Amazon S3');
  });

  it('links every limit and every trait the chooser weighs to an AWS documentation page', () => {
    for (const option of inferenceOptions) {
      const documented = [option.maxPayload, option.maxProcessingTime, ...Object.values(option.traits)];
      for (const entry of documented) {
        expect(isAwsDocumentation(entry.source.url), `${option.id} ${entry.source.url}`).toBe(true);
        expect(entry.source.title.trim()).not.toBe('');
      }
      for (const trait of Object.values(option.traits)) expect(trait.fact).toMatch(/^[A-Z].{20,}\.$/);
    }
  });

  it('names the settings that raise a limit, with defaults that match the documented detail', () => {
    const settings = inferenceOptions.flatMap((option) =>
      [option.maxPayload, option.maxProcessingTime].flatMap((limit) =>
        limit.setting ? [[option.id, limit.setting.name, limit.setting.default, limit.currentDetail]] : [],
      ),
    );
    expect(settings.map(([id, name, value]) => [id, name, value])).toEqual([
      ['asynchronous', 'InvocationTimeoutSeconds', 900],
      ['batch-transform', 'MaxPayloadInMB', 6],
      ['batch-transform', 'InvocationsTimeoutInSeconds', 600],
    ]);
    for (const [, name, value, detail] of settings) {
      expect(detail).toContain(String(name));
      expect(detail).toContain(String(value));
    }
  });

  it('records the traits that decide between the options, as AWS documents them', () => {
    const traits = Object.fromEntries(
      inferenceOptions.map(({ id, traits: t }) => [
        id,
        [
          t.answersWithinTheCall.value,
          t.servesRequestsAsTheyArrive.value,
          t.gpus.value,
          t.coldStarts.value,
          t.freeWhenIdle.value,
        ],
      ]),
    );
    expect(traits).toEqual({
      'real-time': [true, true, true, 'never', false],
      serverless: [true, true, false, 'after-idle', true],
      asynchronous: [false, true, true, 'after-scaling-to-zero', true],
      'batch-transform': [false, false, true, 'at-job-start', true],
    });
    expect(findInferenceOption('serverless').traits.gpus.source.url).toMatch(
      /serverless-endpoints\.html#serverless-endpoints-how-it-works-exclusions$/,
    );
  });

  it('marks what asynchronous inference gained since the notes: scale to zero and inline inputs', () => {
    const { traits, maxPayload } = findInferenceOption('asynchronous');
    expect(traits.freeWhenIdle.sinceTheNotes).toBe(true);
    expect(traits.inlineInputBytes?.value).toBe(128_000);
    expect(traits.inlineInputBytes?.sinceTheNotes).toBe(true);
    expect(maxPayload.currentDetail).toContain('128,000 bytes');
    const marked = inferenceOptions.flatMap((option) =>
      Object.entries(option.traits).flatMap(([name, trait]) =>
        trait.sinceTheNotes ? [`${option.id}.${name}`] : [],
      ),
    );
    expect(marked).toEqual(['asynchronous.freeWhenIdle', 'asynchronous.inlineInputBytes']);
  });

  it('rejects an unknown id', () => {
    expect(() => findInferenceOption('edge' as never)).toThrow(/Unknown inference option/);
  });
});

describe('payloadInMegabytes', () => {
  it('converts gigabytes and keeps megabytes', () => {
    expect(payloadInMegabytes(findInferenceOption('asynchronous').maxPayload)).toBe(1024);
    expect(payloadInMegabytes(findInferenceOption('serverless').maxPayload)).toBe(4);
    expect(megabytes(2, 'GB')).toBe(2048);
    expect(megabytes(6, 'MB')).toBe(6);
  });
});

describe('logPosition', () => {
  it('maps the ends of the range to 0 and 1 and a decade to its share', () => {
    expect(logPosition(1, 1, 1000)).toBe(0);
    expect(logPosition(1000, 1, 1000)).toBe(1);
    expect(logPosition(10, 1, 1000)).toBeCloseTo(1 / 3);
    expect(logPosition(60, 1, 3600)).toBeCloseTo(0.5);
  });

  it('clamps values outside the range', () => {
    expect(logPosition(0.5, 1, 10)).toBe(0);
    expect(logPosition(50, 1, 10)).toBe(1);
  });

  it('refuses a range a logarithm cannot take', () => {
    expect(() => logPosition(1, 0, 10)).toThrow(RangeError);
    expect(() => logPosition(1, 10, 10)).toThrow(RangeError);
    expect(() => logPosition(0, 1, 10)).toThrow(RangeError);
  });
});
