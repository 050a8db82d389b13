/**
 * The four SageMaker AI inference options, as the exam compares them.
 * The table and the chart on the inference page both render from this list, so each number lives
 * here once. Where the source notes (and older exam prep) round a limit differently from today's
 * AWS documentation, a field keeps both: `notesFigure` is what the exam expects, `currentDetail`
 * is the precise documented behaviour. Checked against AWS documentation (see `source`).
 */
export type InferenceOptionId = 'real-time' | 'serverless' | 'asynchronous' | 'batch-transform';

/** Latency bands from fastest (1) to slowest (3); the chart places each option in one. */
export type LatencyBand = 1 | 2 | 3;

export interface Limit<Unit extends string> {
  /** The documented maximum, in `unit`. */
  value: number;
  unit: Unit;
  /** What the comparison table shows. */
  display: string;
  /** A few words for the chart's value labels. */
  short: string;
  /** How the source notes (and older exam prep) put it. */
  notesFigure: string;
  /** The precise limit in today's AWS documentation. */
  currentDetail: string;
}

export interface InferenceOption {
  id: InferenceOptionId;
  /** Full name as AWS spells it. */
  name: string;
  /** Short label for the chart and narrow layouts. */
  shortName: string;
  latency: { band: LatencyBand; label: string; short: string };
  maxPayload: Limit<'MB' | 'GB'>;
  /** Longest processing time for one request (or one batch invocation). */
  maxProcessingTime: Limit<'seconds'>;
  /** The runtime call or job that serves requests. */
  invokedWith: string;
  /** Where requests and responses travel or are stored. */
  requestsAndResponses: string;
  /** What you pay for, and what happens when no traffic arrives. */
  billingWhenIdle: string;
  bestFor: string;
  example: { title: string; detail: string };
  /** What is true today on top of (or instead of) the notes. */
  sinceTheNotes: readonly string[];
  source: { title: string; url: string };
}

export const inferenceOptions: readonly InferenceOption[] = [
  {
    id: 'real-time',
    name: 'Real-time inference',
    shortName: 'Real-time',
    latency: { band: 1, label: 'Low (milliseconds to seconds)', short: 'ms–s' },
    maxPayload: {
      value: 6,
      unit: 'MB',
      display: 'Up to 6 MB',
      short: '6 MB',
      notesFigure: 'Up to 6 MB',
      currentDetail: 'InvokeEndpoint accepts a request body of at most 6 MB (6,291,456 bytes).',
    },
    maxProcessingTime: {
      value: 60,
      unit: 'seconds',
      display: '60 seconds',
      short: '60 s',
      notesFigure: '60 seconds',
      currentDetail: 'The model container must answer each InvokeEndpoint call within 60 seconds.',
    },
    invokedWith: 'InvokeEndpoint (or InvokeEndpointWithResponseStream)',
    requestsAndResponses: 'Inside the HTTPS request and its response',
    billingWhenIdle:
      'You pay for the instances while the endpoint is in service, busy or idle. Only endpoints that host inference components can scale in to zero instances, and they then need minutes to come back.',
    bestFor: 'Interactive apps that need an answer at once, one prediction per request',
    example: {
      title: 'Online fraud detection',
      detail: 'Score each live credit-card transaction in milliseconds, before the payment goes through.',
    },
    sinceTheNotes: [
      'InvokeEndpointWithResponseStream returns the answer in parts as the model produces it (the container must support streaming), handy for generative models.',
      'Automatic scaling is not on by default: you register the endpoint variant with Application Auto Scaling and attach a scaling policy (target tracking or step scaling).',
    ],
    source: {
      title: 'InvokeEndpoint (SageMaker Runtime API reference)',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html',
    },
  },
  {
    id: 'serverless',
    name: 'Serverless inference',
    shortName: 'Serverless',
    latency: {
      band: 1,
      label: 'Low (milliseconds to seconds), plus a cold start after idle periods',
      short: 'ms–s + cold start',
    },
    maxPayload: {
      value: 4,
      unit: 'MB',
      display: 'Up to 4 MB',
      short: '4 MB',
      notesFigure: 'Up to 4 MB',
      currentDetail: 'Request and response payloads of serverless invocations are each limited to 4 MB.',
    },
    maxProcessingTime: {
      value: 60,
      unit: 'seconds',
      display: '60 seconds',
      short: '60 s',
      notesFigure: '60 seconds',
      currentDetail: 'The container has 1 minute to answer each call to /invocations.',
    },
    invokedWith: 'InvokeEndpoint',
    requestsAndResponses: 'Inside the HTTPS request and its response',
    billingWhenIdle:
      'Pay per use: compute time and data processed. With no requests the endpoint scales to zero and costs nothing; optional provisioned concurrency is billed while it is provisioned.',
    bestFor: 'Sporadic, unpredictable traffic with idle gaps, where an occasional cold start is acceptable',
    example: {
      title: 'Customer support chatbot',
      detail: 'Chat volume jumps at a product launch and then falls quiet for days.',
    },
    sinceTheNotes: [
      'You choose memory from 1 GB to 6 GB (1024–6144 MB, in 1 GB steps) and a maximum concurrency of up to 200 invocations per endpoint.',
      'Optional provisioned concurrency keeps a set number of instances warm to avoid cold starts; Application Auto Scaling can adjust it.',
    ],
    source: {
      title: 'Invoke a serverless endpoint',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html',
    },
  },
  {
    id: 'asynchronous',
    name: 'Asynchronous inference',
    shortName: 'Asynchronous',
    latency: {
      band: 2,
      label: 'Medium to high (near real-time; requests wait in a queue)',
      short: 'near real-time',
    },
    maxPayload: {
      value: 1,
      unit: 'GB',
      display: 'Up to 1 GB (staged in Amazon S3)',
      short: '1 GB',
      notesFigure: '1 GB',
      currentDetail:
        'Up to 1 GB, uploaded to Amazon S3 and passed by location; payloads up to 128,000 bytes may instead go inline in the request body.',
    },
    maxProcessingTime: {
      value: 3600,
      unit: 'seconds',
      display: 'Up to 1 hour (default 15 minutes)',
      short: '1 h (default 15 min)',
      notesFigure: 'Max 1 hour',
      currentDetail:
        'InvocationTimeoutSeconds defaults to 900 seconds (15 minutes) per request; you can raise it to 3600 seconds (1 hour).',
    },
    invokedWith: 'InvokeEndpointAsync',
    requestsAndResponses:
      'Amazon S3: the input is read from S3 and the result is written to an S3 output location (optional Amazon SNS notice on success or error)',
    billingWhenIdle:
      'Instance-based, but auto scaling can take the instance count to zero when the queue is empty, so you pay only while requests are processed.',
    bestFor: 'Large payloads or long processing per request, when the caller can wait a little',
    example: {
      title: 'Medical imaging analysis',
      detail: 'Process large high-resolution MRI scans or video files for a diagnosis.',
    },
    sinceTheNotes: [
      'Each request times out after 15 minutes unless you set InvocationTimeoutSeconds (maximum 1 hour).',
      'Small inputs (up to 128,000 bytes) can be sent inline instead of through Amazon S3.',
      'The endpoint can scale to zero instances between bursts of requests.',
    ],
    source: {
      title: 'Asynchronous inference',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html',
    },
  },
  {
    id: 'batch-transform',
    name: 'Batch transform',
    shortName: 'Batch transform',
    latency: { band: 3, label: 'High (minutes to hours; an offline job)', short: 'min–h' },
    maxPayload: {
      value: 100,
      unit: 'MB',
      display: 'Up to 100 MB per mini-batch (default 6 MB)',
      short: '100 MB / mini-batch',
      notesFigure: 'Up to 100 MB per invocation (one mini-batch)',
      currentDetail:
        'MaxPayloadInMB defaults to 6 MB and can be raised to 100 MB; MaxConcurrentTransforms × MaxPayloadInMB may not exceed 100 MB either. The dataset itself can be far larger.',
    },
    maxProcessingTime: {
      value: 3600,
      unit: 'seconds',
      display: 'Up to 1 hour per invocation (default 10 minutes)',
      short: '1 h / invocation',
      notesFigure: 'Max 1 hour',
      currentDetail:
        'InvocationsTimeoutInSeconds (ModelClientConfig) defaults to 600 seconds and can be raised to 3600 seconds. It limits each invocation request, not the whole job.',
    },
    invokedWith: 'CreateTransformJob',
    requestsAndResponses: 'Amazon S3: the job reads the dataset from an S3 location and writes results to S3',
    billingWhenIdle:
      'No persistent endpoint: compute is provisioned for the job and released when it finishes.',
    bestFor: 'Predictions for an entire dataset offline, when nobody waits for an individual answer',
    example: {
      title: 'E-commerce analytics',
      detail:
        'Weekly churn prediction for 1M+ customers, or daily product recommendations for the whole user base.',
    },
    sinceTheNotes: [
      'The “1 hour” is the per-invocation timeout (default 600 seconds), not a cap on the whole job.',
      'The 100 MB is the largest MaxPayloadInMB you can set; unless you change it, each mini-batch is limited to 6 MB.',
    ],
    source: {
      title: 'CreateTransformJob (SageMaker API reference)',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html',
    },
  },
];

export function findInferenceOption(id: InferenceOptionId): InferenceOption {
  const option = inferenceOptions.find((candidate) => candidate.id === id);
  if (!option) throw new Error(`Unknown inference option "${id}"`);
  return option;
}

/** A payload limit in megabytes (1 GB = 1024 MB), to compare options on one scale. */
export function payloadInMegabytes(limit: Limit<'MB' | 'GB'>): number {
  return limit.unit === 'GB' ? limit.value * 1024 : limit.value;
}

/**
 * Where `value` sits between `min` and `max` on a logarithmic scale, from 0 to 1 (clamped).
 * The chart uses it because the limits span three orders of magnitude (4 MB to 1 GB, 60 s to 1 h).
 */
export function logPosition(value: number, min: number, max: number): number {
  if (!(min > 0 && max > min && value > 0)) {
    throw new RangeError('logPosition needs 0 < min < max and a positive value');
  }
  const position = Math.log(value / min) / Math.log(max / min);
  return Math.min(1, Math.max(0, position));
}
