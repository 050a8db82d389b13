import { describe, expect, it } from 'vitest';
import { inferenceOptions, payloadInMegabytes } from '../../data/inference-options';
import { rankedGroups, rankingSentence } from './ranking';

describe('rankedGroups', () => {
  it('orders by value and keeps equal values together, in their given order', () => {
    const items = [
      { name: 'c', size: 3 },
      { name: 'a', size: 1 },
      { name: 'b', size: 3 },
    ];
    expect(rankedGroups(items, (item) => item.size).map((group) => group.map((item) => item.name))).toEqual([
      ['a'],
      ['c', 'b'],
    ]);
    expect(rankedGroups([], () => 0)).toEqual([]);
  });
});

describe('rankingSentence', () => {
  it('ranks the inference options as the chart draws them', () => {
    const name = (option: (typeof inferenceOptions)[number]) => option.shortName;
    expect(rankingSentence(inferenceOptions, (option) => option.latency.band, name)).toBe(
      'Real-time and Serverless, then Asynchronous, then Batch transform',
    );
    expect(rankingSentence(inferenceOptions, (option) => payloadInMegabytes(option.maxPayload), name)).toBe(
      'Serverless, then Real-time, then Batch transform, then Asynchronous',
    );
    expect(rankingSentence(inferenceOptions, (option) => option.maxProcessingTime.value, name)).toBe(
      'Real-time and Serverless, then Asynchronous and Batch transform',
    );
  });
});
