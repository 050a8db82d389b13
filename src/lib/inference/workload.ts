/**
 * A workload as the inference chooser describes it, the stops its two sliders offer and how their
 * values read. Sizes are in megabytes (1 GB = 1024 MB, 1 MB = 1024 KB), like the data's limits.
 */
import { megabytes, type InferenceOption, type Limit } from '../../data/inference-options';

export type Traffic = 'steady' | 'spiky' | 'idle-stretches' | 'dataset';

export interface Workload {
  /** Size of one request (for a dataset: one record), in MB. */
  payloadMB: number;
  /** Processing time of one request (for a dataset: one mini-batch), in seconds. */
  seconds: number;
  traffic: Traffic;
  /** The caller needs the prediction in the response to its own call. */
  answerNow: boolean;
  coldStartsOk: boolean;
  /** Idle time must cost nothing. */
  freeWhenIdle: boolean;
  needsGpu: boolean;
}

export const trafficLabels: Record<Traffic, string> = {
  steady: 'Steady, all day long',
  spiky: 'Spiky, in unpredictable bursts',
  'idle-stretches': 'Long idle stretches (nights, weekends)',
  dataset: 'A whole dataset at once',
};

/** The yes/no parts of a workload. */
export type Wish = 'answerNow' | 'coldStartsOk' | 'freeWhenIdle' | 'needsGpu';

export const wishLabels: Record<Wish, string> = {
  answerNow: 'The caller needs the answer within its call',
  coldStartsOk: 'Cold starts are acceptable',
  freeWhenIdle: 'Idle time must cost nothing',
  needsGpu: 'The model needs a GPU',
};

/** Round sizes a reader is likely to think in, from 1 KB to 2 GB (just past the largest limit). */
const roundSizesMB = [1, 10, 100, 500].map((kb) => kb / 1024).concat([1, 2, 5, 10, 50, 200, 500, 2048]);

/** Round times from a tenth of a second to 2 hours (just past the longest limit). */
const roundSeconds = [0.1, 1, 10, 30, 90, 300, 1200, 1800, 7200];

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** Each limit's value and the default of the setting that raises it, converted by `toStop`. */
function limitStops<Unit extends string>(
  limits: Limit<Unit>[],
  toStop: (value: number, unit: Unit) => number,
): number[] {
  return limits.flatMap((limit) =>
    [limit.value, limit.setting?.default].flatMap((value) => (value ? [toStop(value, limit.unit)] : [])),
  );
}

/** The payload slider's stops (MB): round sizes plus every documented limit and default. */
export function payloadStops(options: readonly InferenceOption[]): number[] {
  const limits = options.map((option) => option.maxPayload);
  return sortedUnique([...roundSizesMB, ...limitStops(limits, megabytes)]);
}

/** The time slider's stops (seconds): round times plus every documented limit and default. */
export function timeStops(options: readonly InferenceOption[]): number[] {
  const limits = options.map((option) => option.maxProcessingTime);
  return sortedUnique([...roundSeconds, ...limitStops(limits, (value) => value)]);
}

/** The stop closest to `value` (the index a slider shows for a value between stops). */
export function nearestStop(stops: readonly number[], value: number): number {
  let best = 0;
  for (let index = 1; index < stops.length; index++) {
    if (Math.abs(Math.log(stops[index] / value)) < Math.abs(Math.log(stops[best] / value))) best = index;
  }
  return best;
}

const trim = (value: number) => String(Number(value.toFixed(1)));

/** "500 KB", "6 MB", "1 GB". */
export function formatSize(megabytes: number): string {
  if (megabytes >= 1024) return `${trim(megabytes / 1024)} GB`;
  if (megabytes >= 1) return `${trim(megabytes)} MB`;
  return `${trim(megabytes * 1024)} KB`;
}

/** "100 ms", "30 seconds", "15 minutes", "1 hour". */
export function formatDuration(seconds: number): string {
  const unit = (value: number, name: string) => `${trim(value)} ${name}${value === 1 ? '' : 's'}`;
  if (seconds < 1) return `${trim(seconds * 1000)} ms`;
  if (seconds < 60) return unit(seconds, 'second');
  if (seconds < 3600) return unit(seconds / 60, 'minute');
  return unit(seconds / 3600, 'hour');
}
