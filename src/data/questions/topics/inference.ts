import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'inference-card-payment-realtime',
    topic: 'inference',
    heading: 'real-time-inference',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A payment provider scores every card transaction with its own fraud model before approving it. Traffic is steady around the clock, each request is a few kilobytes, and the answer must come back in milliseconds with no warm-up delays. Which SageMaker AI option fits?',
    options: [
      {
        text: 'Real-time inference',
        correct: true,
        why: 'A real-time endpoint keeps instances running, so there is no warm-up and latency stays in milliseconds; steady traffic keeps the always-on instances busy, and small payloads fit the 6 MB limit.',
      },
      {
        text: 'Serverless inference',
        correct: false,
        why: 'Serverless suits sporadic traffic with idle periods; after a quiet spell it brings cold starts, which the requirement "no warm-up delays" rules out.',
      },
      {
        text: 'Asynchronous inference',
        correct: false,
        why: 'Asynchronous inference queues requests and answers in near real-time through Amazon S3; the caller does not get the score inside its own call, too slow for approving a payment.',
      },
      {
        text: 'Batch transform',
        correct: false,
        why: 'Batch transform scores a whole dataset offline in minutes to hours; it cannot answer a single live transaction.',
      },
    ],
  },
  {
    id: 'inference-sporadic-serverless',
    topic: 'inference',
    heading: 'serverless-inference',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "An HR team's internal assistant calls a custom model a few dozen times a day at unpredictable times, and sits idle for hours in between. Each request is under 1 MB and the answer must come back in the same call, but an occasional slow first response is acceptable. Which option is the MOST cost-effective?",
    options: [
      {
        text: 'Serverless inference',
        correct: true,
        why: 'Without provisioned concurrency, serverless inference charges only for the compute requests use and answers within the call; the tolerated slow first response is its cold start, and 1 MB fits the 4 MB limit.',
      },
      {
        text: 'Real-time inference on a small instance',
        correct: false,
        why: 'A real-time endpoint on an instance is billed for every hour the instance runs, idle or not, so the long quiet hours would be paid for.',
      },
      {
        text: 'Asynchronous inference scaled to zero instances',
        correct: false,
        why: 'It can scale to zero, but it replies with an identifier and an S3 output location rather than the answer, so the caller does not get the prediction in the same call.',
      },
      {
        text: 'A nightly batch transform job',
        correct: false,
        why: 'Batch transform scores a stored dataset offline; it cannot answer questions that arrive at unpredictable times during the day.',
      },
    ],
  },
  {
    id: 'inference-mri-async',
    topic: 'inference',
    heading: 'asynchronous-inference',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A hospital uploads MRI scans of about 700 MB each, one at a time throughout the day. The model needs up to 20 minutes per scan, and radiologists want each result as soon as it is ready. Which option fits?',
    options: [
      {
        text: 'Asynchronous inference',
        correct: true,
        why: 'Asynchronous inference accepts payloads up to 1 GB through Amazon S3 and up to 1 hour of processing per request, and returns each result in near real-time, optionally with an Amazon SNS notification.',
      },
      {
        text: 'Real-time inference with a larger instance',
        correct: false,
        why: 'A real-time request is limited to 6 MB and 60 seconds; a 700 MB scan taking 20 minutes breaks both limits.',
      },
      {
        text: 'Serverless inference',
        correct: false,
        why: 'Serverless requests are limited to 4 MB and 60 seconds, far below what each scan needs.',
      },
      {
        text: 'Batch transform',
        correct: false,
        why: 'Batch transform scores a whole dataset in one offline job; scans arriving one by one that must be answered soon after upload fit an endpoint with a queue better.',
      },
    ],
  },
  {
    id: 'inference-weekly-churn-batch',
    topic: 'inference',
    heading: 'batch-transform',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Every Sunday a subscription service predicts churn for all of its 3 million customers from a file in Amazon S3. Nobody waits on an individual prediction, and the company does not want any endpoint running between runs. Which option is the MOST cost-effective?',
    options: [
      {
        text: 'Batch transform',
        correct: true,
        why: 'A transform job starts compute, scores the whole dataset from S3 in mini-batches, writes the predictions back to S3 and shuts down, leaving no endpoint to pay for.',
      },
      {
        text: 'Real-time inference called once per customer',
        correct: false,
        why: 'A persistent endpoint would be billed all week for a job that runs once, and 3 million separate calls add needless work.',
      },
      {
        text: 'Serverless inference called once per customer',
        correct: false,
        why: "Serverless answers individual requests as they arrive; for scoring an entire stored dataset offline, batch transform is AWS's recommended choice.",
      },
      {
        text: 'Amazon Bedrock on-demand inference',
        correct: false,
        why: "Bedrock serves foundation models through a managed API; it does not host the company's own churn model.",
      },
    ],
  },
  {
    id: 'inference-match-limits',
    topic: 'inference',
    heading: 'the-limits-to-remember',
    task: '1.3',
    scope: 'deeper',
    format: 'matching',
    stem: 'Match each SageMaker AI inference option to its request limits.',
    pairs: [
      {
        prompt: 'Real-time inference',
        answer: '6 MB payload, 60 seconds per request',
        why: 'InvokeEndpoint on a real-time endpoint carries at most 6 MB and the container has 60 seconds to answer.',
      },
      {
        prompt: 'Serverless inference',
        answer: '4 MB payload, 60 seconds per request',
        why: 'Serverless endpoints allow 4 MB each way and 60 seconds per request.',
      },
      {
        prompt: 'Asynchronous inference',
        answer: '1 GB payload through Amazon S3, up to 1 hour of processing',
        why: 'Inputs are staged in S3, which is why requests can reach 1 GB and run for up to an hour.',
      },
      {
        prompt: 'Batch transform',
        answer: 'Up to 100 MB per mini-batch',
        why: '100 MB is the highest MaxPayloadInMB for one mini-batch; the dataset as a whole can be far larger.',
      },
    ],
  },
  {
    id: 'inference-serverless-facts',
    topic: 'inference',
    heading: 'serverless-inference',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about SageMaker Serverless Inference are true? (Choose two.)',
    options: [
      {
        text: 'Without provisioned concurrency, nothing is charged while no requests arrive',
        correct: true,
        why: 'You pay for the compute requests use; capacity is removed when requests stop. Provisioned concurrency, if you add it, is billed while it is configured.',
      },
      {
        text: 'The first request after an idle spell can wait for a cold start',
        correct: true,
        why: 'That delay is the cold start: compute has to start and the model to load (provisioned concurrency keeps capacity warm, at a price).',
      },
      {
        text: 'You choose the Amazon EC2 instance type that serves the model',
        correct: false,
        why: 'With serverless you pick a memory size and a maximum concurrency, not instance types; choosing instances is real-time inference.',
      },
      {
        text: 'Requests can carry payloads up to 1 GB staged in Amazon S3',
        correct: false,
        why: 'That is asynchronous inference; serverless payloads are limited to 4 MB.',
      },
      {
        text: 'Results are written to Amazon S3 and announced through Amazon SNS',
        correct: false,
        why: 'That describes asynchronous inference; a serverless endpoint returns the prediction in the response to the call.',
      },
    ],
  },
  {
    id: 'inference-batch-large-dataset',
    topic: 'inference',
    heading: 'batch-transform',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'A team plans a batch transform job over a 40 GB dataset that will take about three hours in total. A colleague warns that batch transform is limited to 100 MB and 1 hour. Which statement is correct?',
    options: [
      {
        text: 'The job can run: the limits apply per mini-batch and per invocation, not per job',
        correct: true,
        why: 'MaxPayloadInMB (default 6 MB, maximum 100 MB) limits one mini-batch, and InvocationsTimeoutInSeconds (default 600, maximum 3600) limits each invocation; the dataset and the job as a whole can be much larger and longer.',
      },
      {
        text: 'The job will fail because the dataset is larger than 100 MB',
        correct: false,
        why: 'The 100 MB limit applies to each mini-batch sent to the model, not to the dataset, which batch transform splits up for you.',
      },
      {
        text: 'The job stops after 1 hour, so the data must be split into three jobs',
        correct: false,
        why: 'The 1 hour is the maximum timeout of each invocation request, not a cap on the total running time of the job.',
      },
      {
        text: 'The team must switch to asynchronous inference, which accepts up to 1 GB',
        correct: false,
        why: 'Asynchronous inference handles individual requests of up to 1 GB; for scoring a whole dataset offline, batch transform remains the right choice.',
      },
    ],
  },
  {
    id: 'inference-async-request-flow',
    topic: 'inference',
    heading: 'asynchronous-inference',
    task: '1.3',
    scope: 'deeper',
    format: 'ordering',
    stem: 'Put the steps of one asynchronous inference request in order.',
    items: [
      {
        text: 'The client uploads the input payload to Amazon S3',
        why: 'Large inputs travel through S3, so the payload must be there before the endpoint is called.',
      },
      {
        text: "The client calls InvokeEndpointAsync with the input's S3 location",
        why: 'The call only passes the location of the input, not the input itself.',
      },
      {
        text: 'SageMaker AI replies at once with an identifier and the S3 location for the output',
        why: 'The reply does not wait for the prediction: the request is queued.',
      },
      {
        text: 'The endpoint processes the queued request and writes the result to Amazon S3',
        why: "Processing happens when the request's turn comes, for up to an hour.",
      },
      {
        text: 'Amazon SNS notifies the client that the result is ready',
        why: 'The optional notification follows once the output has been written.',
      },
    ],
  },
  {
    id: 'inference-lender-decision-while-waiting',
    topic: 'inference',
    heading: 'real-time-inference',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-lender-credit-model',
    format: 'single',
    stem: 'Each application must be scored while the applicant waits on the website, at any hour, with steady traffic through the day and no warm-up delays. Requests are a few kilobytes. Which deployment option fits?',
    options: [
      {
        text: 'Real-time inference on a SageMaker AI endpoint',
        correct: true,
        why: 'A real-time endpoint keeps instances running and answers within the request, which suits steady, interactive traffic that cannot wait for a cold start.',
      },
      {
        text: "Batch transform over each night's applications",
        correct: false,
        why: 'Batch transform scores stored data offline; the applicant would wait until the next day.',
      },
      {
        text: 'Asynchronous inference with results in Amazon S3',
        correct: false,
        why: 'Asynchronous inference queues requests and writes results to S3 later; it suits large or slow requests, not a decision on the page.',
      },
      {
        text: 'Serverless inference that scales down between requests',
        correct: false,
        why: 'Serverless suits sporadic traffic and brings cold starts after idle periods, which "no warm-up delays" rules out.',
      },
    ],
  },
  {
    id: 'inference-grocer-weekly-run',
    topic: 'inference',
    heading: 'batch-transform',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-grocer-demand-forecast',
    format: 'single',
    stem: 'How should the data science team produce the weekly forecasts for all stores at the LOWEST cost?',
    options: [
      {
        text: "A batch transform job over the week's input file in S3",
        correct: true,
        why: 'Batch transform scores a whole dataset in S3 and releases its instances when done, so nothing runs between the weekly jobs.',
      },
      {
        text: 'A real-time endpoint called once per store and product',
        correct: false,
        why: 'A real-time endpoint would run all week to be used for an hour, and the calls would have to be scripted one by one.',
      },
      {
        text: 'A serverless endpoint called once per store and product',
        correct: false,
        why: 'Serverless avoids idle cost, but millions of single calls are slower and dearer than one batch job, and nobody waits on a single forecast.',
      },
      {
        text: 'An asynchronous endpoint that stays at one instance',
        correct: false,
        why: 'An endpoint kept at one instance bills all week; asynchronous inference suits large or slow single requests.',
      },
    ],
  },
  {
    id: 'inference-large-sporadic-documents',
    topic: 'inference',
    heading: 'serverless-or-asynchronous-when-both-are-cheap-at-idle',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A legal-tech app sends a few scanned contracts a day, each about 80 MB, to a model that needs around 10 minutes per document. Costs must stay near zero between requests, and users collect results later. Which option fits?',
    options: [
      {
        text: 'Asynchronous inference scaled to zero instances',
        correct: true,
        why: 'Asynchronous inference takes large inputs through S3, allows long processing and can scale to zero instances while its queue is empty.',
      },
      {
        text: 'Serverless inference with the largest memory size',
        correct: false,
        why: 'Serverless is cheap at idle, but its payload limit is 4 MB and each request must finish within 60 seconds.',
      },
      {
        text: 'Real-time inference on one small instance',
        correct: false,
        why: 'The instance is billed for every hour it runs, and a request may carry at most 6 MB and take at most 60 seconds.',
      },
      {
        text: 'Real-time inference with response streaming',
        correct: false,
        why: 'Streaming returns an answer in parts as it is generated; it does not lift the payload limit or cut idle cost.',
      },
    ],
  },
];
