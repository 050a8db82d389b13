import { describe, expect, it } from 'vitest';
import { inferenceOptions } from '../../data/inference-options';
import { formatDuration, formatSize, nearestStop, payloadStops, timeStops } from './workload';

describe('slider stops', () => {
  it('run from 1 KB to 2 GB, ascending, with every payload limit and default on a stop', () => {
    const stops = payloadStops(inferenceOptions);
    expect(stops[0]).toBe(1 / 1024);
    expect(stops.at(-1)).toBe(2048);
    expect(stops).toEqual([...new Set(stops)].sort((a, b) => a - b));
    for (const megabytes of [4, 6, 100, 1024]) expect(stops).toContain(megabytes);
  });

  it('run from 100 ms to 2 hours, with every time limit and default on a stop', () => {
    const stops = timeStops(inferenceOptions);
    expect(stops[0]).toBe(0.1);
    expect(stops.at(-1)).toBe(7200);
    for (const seconds of [60, 600, 900, 3600]) expect(stops).toContain(seconds);
  });

  it('finds the nearest stop on a log scale', () => {
    const stops = [1, 10, 100];
    expect(nearestStop(stops, 10)).toBe(1);
    expect(nearestStop(stops, 3)).toBe(0);
    expect(nearestStop(stops, 4)).toBe(1);
    expect(nearestStop(stops, 5000)).toBe(2);
  });
});

describe('formatSize', () => {
  it('reads in KB, MB or GB', () => {
    expect(formatSize(1 / 1024)).toBe('1 KB');
    expect(formatSize(500 / 1024)).toBe('500 KB');
    expect(formatSize(6)).toBe('6 MB');
    expect(formatSize(1024)).toBe('1 GB');
    expect(formatSize(2048)).toBe('2 GB');
    expect(formatSize(4.04)).toBe('4 MB');
  });
});

describe('formatDuration', () => {
  it('reads in ms, seconds, minutes or hours, singular where it is one', () => {
    expect(formatDuration(0.1)).toBe('100 ms');
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(30)).toBe('30 seconds');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(900)).toBe('15 minutes');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(7200)).toBe('2 hours');
  });
});
