/**
 * Which SageMaker AI inference option fits a workload: every option's documented limits and traits
 * (from src/data/inference-options.ts) are checked in a fixed order, the first check a workload
 * breaks is the reason an option is ruled out, and among the options that fit, the exam's
 * preference for the workload's traffic pattern picks one.
 */
import type { InferenceOption, InferenceOptionId, Limit, Source, Trait } from '../../data/inference-options';
import { megabytes } from '../../data/inference-options';
import { formatDuration, formatSize, wishLabels, type Traffic, type Workload } from './workload';

export type CheckId = 'traffic' | 'payload' | 'time' | 'gpu' | 'answer-now' | 'cold-start' | 'idle';

export interface Check {
  id: CheckId;
  /** The workload that rules the option out ("A request over 6 MB"); undefined when none can. */
  rulesOutWhen?: string;
  /** The documented fact or limit behind the check. */
  fact: string;
  source: Source;
  /** Whether the workload breaks the check, ruling the option out. */
  breaks: (workload: Workload) => boolean;
  /** Whether the check speaks to this workload, i.e. helps decide for or against the option. */
  concerns: (workload: Workload) => boolean;
  /** A wish the reader could give up (an answer now, no cold starts, nothing to pay when idle). */
  negotiable: boolean;
  /** Set when the fact is newer than the source notes. */
  sinceTheNotes?: true;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const always = () => true;

function limitCheck<Unit extends string>(
  id: 'payload' | 'time',
  limit: Limit<Unit>,
  max: number,
  amount: (workload: Workload) => number,
): Check {
  const [what, format] = id === 'payload' ? ['A request', formatSize] : ['Processing', formatDuration];
  return {
    id,
    rulesOutWhen: `${what} over ${format(max)}`,
    fact: `${id === 'payload' ? 'Payload' : 'Processing time'}: ${lowerFirst(limit.display)}.`,
    source: limit.source,
    breaks: (workload) => amount(workload) > max,
    concerns: always,
    negotiable: false,
  };
}

/** A check on a documented trait: it can rule the option out only when `restricts` is true. */
function traitCheck(
  id: CheckId,
  trait: Trait<unknown>,
  restricts: boolean,
  rulesOutWhen: string,
  wish: (workload: Workload) => boolean,
  negotiable: boolean,
  concerns = wish,
): Check {
  const { fact, source, sinceTheNotes } = trait;
  return {
    id,
    rulesOutWhen: restricts ? rulesOutWhen : undefined,
    fact,
    source,
    breaks: (workload) => restricts && wish(workload),
    concerns,
    negotiable,
    sinceTheNotes,
  };
}

/** The checks of one option, in the order that names the first reason to rule it out. */
export function checksFor(option: InferenceOption): Check[] {
  const { traits, maxPayload, maxProcessingTime } = option;
  const coldStarts = traits.coldStarts.value;
  return [
    traitCheck(
      'traffic',
      traits.servesRequestsAsTheyArrive,
      !traits.servesRequestsAsTheyArrive.value,
      'Requests arrive one by one rather than as a whole dataset',
      (w) => w.traffic !== 'dataset',
      false,
      // Only a job over a dataset is decided by the traffic pattern itself.
      () => !traits.servesRequestsAsTheyArrive.value,
    ),
    limitCheck('payload', maxPayload, megabytes(maxPayload.value, maxPayload.unit), (w) => w.payloadMB),
    limitCheck('time', maxProcessingTime, maxProcessingTime.value, (w) => w.seconds),
    traitCheck('gpu', traits.gpus, !traits.gpus.value, wishLabels.needsGpu, (w) => w.needsGpu, false),
    traitCheck(
      'answer-now',
      traits.answersWithinTheCall,
      !traits.answersWithinTheCall.value,
      wishLabels.answerNow,
      (w) => w.answerNow,
      true,
    ),
    coldStarts === 'after-scaling-to-zero'
      ? traitCheck(
          'cold-start',
          traits.coldStarts,
          true,
          `${wishLabels.freeWhenIdle}, yet cold starts are not acceptable`,
          (w) => w.freeWhenIdle && !w.coldStartsOk,
          true,
        )
      : traitCheck(
          'cold-start',
          traits.coldStarts,
          coldStarts === 'after-idle',
          'Cold starts are not acceptable',
          (w) => !w.coldStartsOk,
          true,
        ),
    traitCheck(
      'idle',
      traits.freeWhenIdle,
      !traits.freeWhenIdle.value,
      wishLabels.freeWhenIdle,
      (w) => w.freeWhenIdle,
      true,
    ),
  ];
}

/** Why `check` rules the option out for `workload`, with the workload's own figure where it has one. */
export function reason(check: Check, workload: Workload): string {
  const yours =
    check.id === 'payload'
      ? `: yours is ${formatSize(workload.payloadMB)}`
      : check.id === 'time'
        ? `: yours takes ${formatDuration(workload.seconds)}`
        : '';
  return `${check.rulesOutWhen}${yours}.`;
}

/**
 * The exam's order of preference among options that fit, by traffic pattern, with why the first
 * of them wins over the others that also fit.
 */
export const preferences: Record<
  Traffic,
  { order: readonly InferenceOptionId[]; why: Partial<Record<InferenceOptionId, string>> }
> = {
  steady: {
    order: ['real-time', 'serverless', 'asynchronous', 'batch-transform'],
    why: {
      'real-time':
        'steady traffic keeps its instances busy, so paying for them wastes little, and it never cold-starts.',
      serverless: 'it answers within the call, with no queue or Amazon S3 round trip in between.',
    },
  },
  spiky: {
    order: ['serverless', 'real-time', 'asynchronous', 'batch-transform'],
    why: {
      serverless:
        'AWS built it for idle periods between traffic spurts: it scales with each burst and costs nothing in between.',
      'real-time': 'it answers within the call, with no queue or Amazon S3 round trip in between.',
    },
  },
  'idle-stretches': {
    order: ['serverless', 'asynchronous', 'real-time', 'batch-transform'],
    why: {
      serverless:
        'long idle stretches are what it is for: it scales to zero on its own and still answers within the call.',
      asynchronous:
        'it can scale to zero through the idle stretches, where a real-time endpoint bills its instances around the clock.',
    },
  },
  dataset: {
    order: ['batch-transform', 'asynchronous', 'real-time', 'serverless'],
    why: {
      'batch-transform':
        'for a whole dataset with nobody waiting on one answer, a job that reads from and writes to Amazon S3 and leaves no endpoint running is the exam answer.',
      asynchronous:
        'its queue takes the records as fast as you send them, each up to its payload limit, and results land in Amazon S3.',
      'real-time': 'it never cold-starts and can use GPUs while it works through the records.',
    },
  },
};

/** The options that can serve `traffic`, in the exam's order of preference. */
export function preferenceOrder(traffic: Traffic, options: readonly InferenceOption[]): InferenceOptionId[] {
  return preferences[traffic].order.filter((id) =>
    options.some(
      (option) =>
        option.id === id && (traffic === 'dataset' || option.traits.servesRequestsAsTheyArrive.value),
    ),
  );
}

export interface Verdict {
  id: InferenceOptionId;
  /** Every check of the option, with whether the workload breaks it. */
  checks: { check: Check; broken: boolean }[];
  /** The first check the workload breaks: why the option is ruled out. */
  ruledOutBy?: Check;
}

export interface Note {
  text: string;
  source: Source;
  /** A correction or extension of the notes, rather than a setting to change. */
  sinceTheNotes: boolean;
}

export interface Choice {
  /** Undefined when no option fits the whole description. */
  recommended?: InferenceOptionId;
  /** Every option, in the data's order. */
  verdicts: Verdict[];
  /** Options that also fit, each with why the exam prefers the recommended one. */
  alsoFits: { id: InferenceOptionId; why: string }[];
  /** When nothing fits: the option that would, if the reader gave up these wishes. */
  closest?: { id: InferenceOptionId; giveUp: Check[] };
  /** The recommended option's checks that speak to this workload: the limits that decide it. */
  deciding: Check[];
  /** Settings to change and corrections to the notes that apply to the recommended option. */
  notes: Note[];
}

function verdictFor(option: InferenceOption, workload: Workload): Verdict {
  const checks = checksFor(option).map((check) => ({ check, broken: check.breaks(workload) }));
  return { id: option.id, checks, ruledOutBy: checks.find((entry) => entry.broken)?.check };
}

/** The check compares a figure of the workload with a documented limit (payload, processing time). */
export function isLimitCheck(check: Check): boolean {
  return check.id === 'payload' || check.id === 'time';
}

/** Where a limit's precise figure today differs from the exam figure for `option`. */
export function limitCorrections(option: InferenceOption): Note[] {
  return [option.maxPayload, option.maxProcessingTime]
    .filter((limit) => !limit.display.includes(limit.notesFigure))
    .map(({ notesFigure, currentDetail, source }) => ({
      text: `Older study material says “${notesFigure}”. ${currentDetail}`,
      source,
      sinceTheNotes: true,
    }));
}

/** Behaviour documented since the notes for `option` (beyond its limits). */
export function traitCorrections(option: InferenceOption): Note[] {
  return Object.values(option.traits)
    .filter((trait) => trait.sinceTheNotes)
    .map(({ fact, source }) => ({ text: fact, source, sinceTheNotes: true }));
}

/** Where today's documentation corrects or extends the notes for `option`, whatever the workload. */
export function corrections(option: InferenceOption): Note[] {
  return [...limitCorrections(option), ...traitCorrections(option)];
}

/**
 * Settings the workload must raise, and the corrections to the notes that apply to it (leaving out
 * facts the deciding checks already show).
 */
function notesFor(option: InferenceOption, workload: Workload, deciding: Check[]): Note[] {
  const { maxPayload, maxProcessingTime } = option;
  const settings = [
    {
      limit: maxPayload,
      unset: (value: number) => formatSize(megabytes(value, maxPayload.unit)),
      amount: workload.payloadMB,
    },
    { limit: maxProcessingTime, unset: formatDuration, amount: workload.seconds },
  ].flatMap(({ limit: { setting, source }, unset, amount }) =>
    setting && amount > setting.default
      ? [
          {
            text: `Set ${setting.name}: left unset, it allows only ${unset(setting.default)}.`,
            source,
            sinceTheNotes: false,
          },
        ]
      : [],
  );
  const inline = option.traits.inlineInputBytes;
  const applies = (note: Note) =>
    !deciding.some((check) => check.fact === note.text) &&
    (note.text !== inline?.fact || workload.payloadMB * 1024 * 1024 <= inline.value);
  return [...settings, ...corrections(option).filter(applies)];
}

/** Picks the option the exam would choose for `workload` and says why the others do not fit. */
export function choose(workload: Workload, options: readonly InferenceOption[]): Choice {
  const verdicts = options.map((option) => verdictFor(option, workload));
  const { order, why } = preferences[workload.traffic];
  const rank = (id: InferenceOptionId) => order.indexOf(id);
  const byPreference = [...verdicts].sort((a, b) => rank(a.id) - rank(b.id));
  const fitting = byPreference.filter((verdict) => !verdict.ruledOutBy);
  const [best, ...others] = fitting;
  if (!best) {
    const broken = (verdict: Verdict) => verdict.checks.filter((entry) => entry.broken);
    const closest = byPreference
      .filter((verdict) => broken(verdict).every((entry) => entry.check.negotiable))
      .sort((a, b) => broken(a).length - broken(b).length)[0];
    return {
      verdicts,
      alsoFits: [],
      deciding: [],
      notes: [],
      closest: closest && {
        id: closest.id,
        giveUp: broken(closest).map((entry) => entry.check),
      },
    };
  }
  const option = options.find((candidate) => candidate.id === best.id) as InferenceOption;
  const deciding = best.checks.map((entry) => entry.check).filter((check) => check.concerns(workload));
  return {
    recommended: best.id,
    verdicts,
    alsoFits: others.map(({ id }) => ({ id, why: why[best.id] ?? '' })),
    deciding,
    notes: notesFor(option, workload, deciding),
  };
}
