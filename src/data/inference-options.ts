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

/** An AWS documentation page. */
export interface Source {
  title: string;
  url: string;
}

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
  /** The AWS page that documents this limit. */
  source: Source;
  /** The request or job setting that raises the limit, and its value (in `unit`) when left unset. */
  setting?: { name: string; default: number };
}

/** A documented fact that can decide between the options, with the page that documents it. */
export interface Trait<Value> {
  value: Value;
  /** The behaviour, in one sentence. */
  fact: string;
  source: Source;
  /** Set when the behaviour is newer than the source notes (and older exam prep). */
  sinceTheNotes?: true;
}

/** When a request may have to wait for compute to start. */
export type ColdStarts = 'never' | 'after-idle' | 'after-scaling-to-zero' | 'at-job-start';

/** What the inference chooser weighs beyond the two numeric limits. */
export interface Traits {
  /** The caller gets the prediction in the response to its own call. */
  answersWithinTheCall: Trait<boolean>;
  /** An endpoint that takes requests as they arrive (false: a job over a whole dataset). */
  servesRequestsAsTheyArrive: Trait<boolean>;
  /** The model can run on GPU instances. */
  gpus: Trait<boolean>;
  coldStarts: Trait<ColdStarts>;
  /** Nothing is billed while no requests arrive (possibly after scaling to zero instances). */
  freeWhenIdle: Trait<boolean>;
  /** The largest input, in bytes, that may travel inside the request instead of through Amazon S3. */
  inlineInputBytes?: Trait<number>;
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
  traits: Traits;
  source: Source;
}

const docs = 'https://docs.aws.amazon.com/sagemaker/latest';

const deploymentOptions: Source = {
  title: 'Model deployment options in Amazon SageMaker AI',
  url: `${docs}/dg/how-it-works-deployment.html`,
};
const invokeEndpoint: Source = {
  title: 'InvokeEndpoint (SageMaker Runtime API reference)',
  url: `${docs}/APIReference/API_runtime_InvokeEndpoint.html`,
};
const productionVariant: Source = {
  title: 'ProductionVariant (API reference, InstanceType)',
  url: `${docs}/APIReference/API_ProductionVariant.html`,
};
const scaleToZero: Source = {
  title: 'Scale an endpoint to zero instances',
  url: `${docs}/dg/endpoint-auto-scaling-zero-instances.html`,
};
const serverlessInference: Source = {
  title: 'Deploy models with Amazon SageMaker Serverless Inference',
  url: `${docs}/dg/serverless-endpoints.html`,
};
const serverlessExclusions: Source = {
  title: 'Serverless Inference: feature exclusions',
  url: `${docs}/dg/serverless-endpoints.html#serverless-endpoints-how-it-works-exclusions`,
};
const serverlessInvoke: Source = {
  title: 'Invoke a serverless endpoint',
  url: `${docs}/dg/serverless-endpoints-invoke.html`,
};
const asyncInference: Source = {
  title: 'Asynchronous inference',
  url: `${docs}/dg/async-inference.html`,
};
const asyncInvoke: Source = {
  title: 'Invoke an asynchronous endpoint',
  url: `${docs}/dg/async-inference-invoke-endpoint.html`,
};
const asyncAutoscale: Source = {
  title: 'Autoscale an asynchronous endpoint',
  url: `${docs}/dg/async-inference-autoscale.html`,
};
const batchTransform: Source = {
  title: 'Batch transform for inference with Amazon SageMaker AI',
  url: `${docs}/dg/batch-transform.html`,
};
const createTransformJob: Source = {
  title: 'CreateTransformJob (SageMaker API reference)',
  url: `${docs}/APIReference/API_CreateTransformJob.html`,
};
const modelClientConfig: Source = {
  title: 'ModelClientConfig (API reference, InvocationsTimeoutInSeconds)',
  url: `${docs}/APIReference/API_ModelClientConfig.html`,
};
const transformResources: Source = {
  title: 'TransformResources (API reference, InstanceType)',
  url: `${docs}/APIReference/API_TransformResources.html`,
};

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
      source: invokeEndpoint,
    },
    maxProcessingTime: {
      value: 60,
      unit: 'seconds',
      display: '60 seconds',
      short: '60 s',
      notesFigure: '60 seconds',
      currentDetail: 'The model container must answer each InvokeEndpoint call within 60 seconds.',
      source: invokeEndpoint,
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
    traits: {
      answersWithinTheCall: {
        value: true,
        fact: 'InvokeEndpoint returns the prediction in its response.',
        source: invokeEndpoint,
      },
      servesRequestsAsTheyArrive: {
        value: true,
        fact: 'A persistent endpoint makes one prediction per request, as requests arrive.',
        source: deploymentOptions,
      },
      gpus: {
        value: true,
        fact: 'The endpoint runs on the instance types you choose, GPU instances included.',
        source: productionVariant,
      },
      coldStarts: {
        value: 'never',
        fact: 'Its instances stay in service between requests, so no request waits for compute to start.',
        source: deploymentOptions,
      },
      freeWhenIdle: {
        value: false,
        fact: 'Its instances are billed while the endpoint is in service, busy or idle; only endpoints that host inference components can scale in to zero instances.',
        source: scaleToZero,
      },
    },
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
      source: serverlessInvoke,
    },
    maxProcessingTime: {
      value: 60,
      unit: 'seconds',
      display: '60 seconds',
      short: '60 s',
      notesFigure: '60 seconds',
      currentDetail: 'The container has 1 minute to answer each call to /invocations.',
      source: serverlessInvoke,
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
    traits: {
      answersWithinTheCall: {
        value: true,
        fact: 'InvokeEndpoint returns the prediction in its response, as for a real-time endpoint.',
        source: serverlessInvoke,
      },
      servesRequestsAsTheyArrive: {
        value: true,
        fact: 'Compute starts when requests arrive and scales with their number.',
        source: serverlessInference,
      },
      gpus: {
        value: false,
        fact: 'GPUs are among the real-time inference features that Serverless Inference does not support.',
        source: serverlessExclusions,
      },
      coldStarts: {
        value: 'after-idle',
        fact: 'After an idle period the first requests wait while compute starts (a cold start); provisioned concurrency keeps capacity warm, at a price.',
        source: serverlessInference,
      },
      freeWhenIdle: {
        value: true,
        fact: 'With no requests the endpoint scales down to zero, so idle time costs nothing.',
        source: serverlessInference,
      },
    },
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
      source: asyncInference,
    },
    maxProcessingTime: {
      value: 3600,
      unit: 'seconds',
      display: 'Up to 1 hour (default 15 minutes)',
      short: '1 h (default 15 min)',
      notesFigure: 'Max 1 hour',
      currentDetail:
        'InvocationTimeoutSeconds defaults to 900 seconds (15 minutes) per request; you can raise it to 3600 seconds (1 hour).',
      source: asyncInvoke,
      setting: { name: 'InvocationTimeoutSeconds', default: 900 },
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
    traits: {
      answersWithinTheCall: {
        value: false,
        fact: 'InvokeEndpointAsync replies at once with an identifier and the Amazon S3 location where the result will appear later.',
        source: asyncInference,
      },
      servesRequestsAsTheyArrive: {
        value: true,
        fact: 'A queue in front of the endpoint takes requests as they arrive and processes them in turn.',
        source: asyncInference,
      },
      gpus: {
        value: true,
        fact: 'The endpoint runs on the instance types you choose, GPU instances included.',
        source: productionVariant,
      },
      coldStarts: {
        value: 'after-scaling-to-zero',
        fact: 'Requests that arrive while the endpoint has zero instances wait in the queue until it scales up again.',
        source: asyncAutoscale,
      },
      freeWhenIdle: {
        value: true,
        fact: 'An auto scaling policy with a minimum of zero instances empties the endpoint when the queue is empty, so you pay only while requests are processed.',
        source: asyncAutoscale,
        sinceTheNotes: true,
      },
      inlineInputBytes: {
        value: 128_000,
        fact: 'Inputs up to 128,000 bytes can go inline in the request body instead of through Amazon S3.',
        source: asyncInvoke,
        sinceTheNotes: true,
      },
    },
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
      source: createTransformJob,
      setting: { name: 'MaxPayloadInMB', default: 6 },
    },
    maxProcessingTime: {
      value: 3600,
      unit: 'seconds',
      display: 'Up to 1 hour per invocation (default 10 minutes)',
      short: '1 h / invocation',
      notesFigure: 'Max 1 hour',
      currentDetail:
        'InvocationsTimeoutInSeconds (ModelClientConfig) defaults to 600 seconds and can be raised to 3600 seconds. It limits each invocation request, not the whole job.',
      source: modelClientConfig,
      setting: { name: 'InvocationsTimeoutInSeconds', default: 600 },
    },
    invokedWith: 'CreateTransformJob',
    requestsAndResponses: 'Amazon S3: the job reads the dataset from an S3 location and writes results to S3',
    billingWhenIdle:
      'No persistent endpoint: compute is provisioned for the job and released when it finishes.',
    bestFor: 'Predictions for an entire dataset offline, when nobody waits for an individual answer',
    example: {
      title: 'E-commerce analytics',
      detail:
        'Scoring the churn risk of more than a million customers once a week, or refreshing every user’s product recommendations once a day.',
    },
    sinceTheNotes: [
      'The “1 hour” is the per-invocation timeout (default 600 seconds), not a cap on the whole job.',
      'The 100 MB is the largest MaxPayloadInMB you can set; unless you change it, each mini-batch is limited to 6 MB.',
    ],
    traits: {
      answersWithinTheCall: {
        value: false,
        fact: 'The job writes its predictions to Amazon S3; no caller waits on a single answer.',
        source: batchTransform,
      },
      servesRequestsAsTheyArrive: {
        value: false,
        fact: 'A transform job scores a whole dataset stored in Amazon S3 and releases its compute when done; it keeps no endpoint for requests as they arrive.',
        source: batchTransform,
      },
      gpus: {
        value: true,
        fact: 'The job runs on the instance type you choose, GPU instances included.',
        source: transformResources,
      },
      coldStarts: {
        value: 'at-job-start',
        fact: 'Each job starts its instances before scoring; nobody waits on a single answer meanwhile.',
        source: batchTransform,
      },
      freeWhenIdle: {
        value: true,
        fact: 'No endpoint stays up between jobs, so nothing is billed between runs.',
        source: batchTransform,
      },
    },
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

/** A size in megabytes (1 GB = 1024 MB), to compare options on one scale. */
export function megabytes(value: number, unit: 'MB' | 'GB'): number {
  return unit === 'GB' ? value * 1024 : value;
}

/** A payload limit in megabytes. */
export function payloadInMegabytes(limit: Limit<'MB' | 'GB'>): number {
  return megabytes(limit.value, limit.unit);
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
