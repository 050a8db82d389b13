import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'pipelines-ml-cicd',
    topic: 'pipelines',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A company retrains 150 regional forecasting models every week. It wants the data preparation, training, evaluation and model registration to run automatically and the same way every time, using an orchestrator purpose-built for ML with steps for training, tuning and model registration. What should it use?',
    options: [
      {
        text: 'Amazon SageMaker Pipelines',
        correct: true,
        why: 'Pipelines is the ML-specific CI/CD of SageMaker AI: a workflow of Processing, Training, Tuning, RegisterModel and other steps that runs on demand, on a schedule or on an event, for one model or hundreds.',
      },
      {
        text: 'AWS CodePipeline with AWS CodeBuild',
        correct: false,
        why: 'CodePipeline is CI/CD for application code; it has no steps for processing data, training or registering models.',
      },
      {
        text: 'AWS Step Functions',
        correct: false,
        why: 'Step Functions orchestrates any AWS workflow, but it is general purpose; Pipelines is the orchestrator built into SageMaker AI with ML step types.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'The registry stores the versions a pipeline produces; it does not run the workflow.',
      },
    ],
  },
  {
    id: 'pipelines-register-if-accurate',
    topic: 'pipelines',
    heading: 'conditions-and-branches',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'A pipeline must register the new model only when its evaluation accuracy is at least 0.85, and otherwise end the run marked as failed with a clear message. How should this be built?',
    options: [
      {
        text: 'A Condition step with RegisterModel in its if branch and Fail in its else branch',
        correct: true,
        why: 'A Condition step runs its if list or its else list depending on the comparison; RegisterModel adds the version to Model Registry and Fail stops the run with an error message.',
      },
      {
        text: 'A QualityCheck step followed by a RegisterModel step',
        correct: false,
        why: 'QualityCheck compares data or model quality with a baseline from an earlier run to catch drift; it is not the way to test a fixed threshold and choose between branches.',
      },
      {
        text: 'A Callback step that asks an external system whether to register',
        correct: false,
        why: 'Callback hands work to something outside SageMaker AI through Amazon SQS; a simple threshold test needs no external system.',
      },
      {
        text: 'Two Condition steps, one nested inside the other',
        correct: false,
        why: 'Condition steps cannot be nested; and one Condition with two branches already covers both outcomes.',
      },
    ],
  },
  {
    id: 'pipelines-match-step-types',
    topic: 'pipelines',
    heading: 'the-seven-step-types-to-know',
    task: '1.3',
    scope: 'deeper',
    format: 'matching',
    stem: 'Match each task in a pipeline to the step type that performs it.',
    pairs: [
      {
        prompt: 'Clean the raw data, engineer features and split it into training and test sets',
        answer: 'Processing',
        why: 'A Processing step runs a processing job for data preparation (or model evaluation).',
      },
      {
        prompt: 'Search for the best hyperparameters over many training jobs',
        answer: 'Tuning',
        why: 'A Tuning step runs a hyperparameter tuning job (Automatic Model Tuning).',
      },
      {
        prompt: 'Let an Autopilot job choose the algorithm and train the model',
        answer: 'AutoML',
        why: 'An AutoML step trains a model automatically with an Autopilot job.',
      },
      {
        prompt: 'Compare data bias, model bias and explainability with a baseline',
        answer: 'ClarifyCheck',
        why: "ClarifyCheck looks for drift in bias and explainability against a baseline, using Clarify's analysis.",
      },
      {
        prompt: 'Compare data quality and model quality with a baseline',
        answer: 'QualityCheck',
        why: "QualityCheck looks for drift in data and model quality against a baseline, using Model Monitor's analysis.",
      },
      {
        prompt: 'Create a SageMaker AI model from the trained artifacts',
        answer: 'Model',
        why: 'A Model step creates (or registers) a SageMaker AI model.',
      },
    ],
  },
  {
    id: 'pipelines-benefits',
    topic: 'pipelines',
    heading: 'why-teams-use-pipelines',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two benefits does SageMaker Pipelines bring to an ML team? (Choose two.)',
    options: [
      {
        text: 'Faster iteration, as step caching skips steps whose inputs did not change',
        correct: true,
        why: 'Reruns are cheap and quick because unchanged steps can be reused from cache.',
      },
      {
        text: 'Repeatable runs whose lineage links each model to its data and code',
        correct: true,
        why: 'Every run leaves a record, which removes manual errors and supports audits.',
      },
      {
        text: 'Training jobs started by a pipeline run free of charge',
        correct: false,
        why: 'The orchestration itself is not billed, but you pay for the jobs the steps run.',
      },
      {
        text: 'It guarantees that every model it produces meets its accuracy target',
        correct: false,
        why: 'A pipeline automates the work; accuracy depends on data and modelling, though a Condition step can block models below a threshold.',
      },
      {
        text: 'It replaces monitoring of deployed models in production',
        correct: false,
        why: 'The check steps run before a model is registered; watching a deployed model over time is a separate monitoring job.',
      },
    ],
  },
  {
    id: 'pipelines-custom-dependency',
    topic: 'pipelines',
    heading: 'how-steps-connect',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: "In a pipeline, a step that exports a report must wait until a training step finishes, although it uses none of the training step's outputs. How is this expressed?",
    options: [
      {
        text: "Name the training step in the report step's DependsOn list (a custom dependency)",
        correct: true,
        why: 'DependsOn makes a step wait for others even when no data passes between them.',
      },
      {
        text: 'List the report step after the training step in the pipeline definition',
        correct: false,
        why: 'The order of the list does not decide when steps run; only data and custom dependencies do.',
      },
      {
        text: "Add a property reference to the training step's model artifacts",
        correct: false,
        why: 'A property reference creates a data dependency, which means actually consuming an output; here no output is used.',
      },
      {
        text: 'Put both steps inside a Condition step',
        correct: false,
        why: 'A Condition chooses between branches; it is not a way to order two unrelated steps.',
      },
    ],
  },
  {
    id: 'pipelines-parallel-steps',
    topic: 'pipelines',
    heading: 'how-steps-connect',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: "A pipeline has two Processing steps that prepare two different raw datasets. Neither uses the other's output and neither lists the other in DependsOn. When do they run?",
    options: [
      {
        text: 'Both start as soon as the run starts, in parallel',
        correct: true,
        why: 'A step that depends on nothing starts immediately, so independent steps run in parallel in the DAG.',
      },
      {
        text: 'One after the other, in the order they appear in the definition',
        correct: false,
        why: 'List order does not create dependencies in a pipeline definition.',
      },
      {
        text: 'In alphabetical order of their step names',
        correct: false,
        why: 'Step names identify steps for references; they do not order execution.',
      },
      {
        text: 'Neither runs until a DependsOn entry is added',
        correct: false,
        why: 'DependsOn is only needed to make a step wait; steps without dependencies run right away.',
      },
    ],
  },
  {
    id: 'pipelines-chained-conditions',
    topic: 'pipelines',
    heading: 'conditions-and-branches',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: "Earlier steps of a pipeline have computed a model's accuracy and its latency in a load test. The model must be registered only if accuracy is at least 0.9 and latency is at most 100 ms. How should the check be built?",
    options: [
      {
        text: 'One Condition step listing both comparisons, with RegisterModel in its if branch',
        correct: true,
        why: 'A Condition step takes a list of conditions and runs its if branch only when all of them hold, so one step tests both values.',
      },
      {
        text: 'A latency Condition step inside the if branch of the accuracy Condition',
        correct: false,
        why: 'AWS does not support nested Condition steps: a branch cannot hold another Condition.',
      },
      {
        text: 'Two Condition steps in a row, the second naming the first in its DependsOn list',
        correct: false,
        why: "A Condition step cannot be another step's input or dependency, and a second Condition would not know the first one's outcome anyway.",
      },
      {
        text: 'A single QualityCheck step with both thresholds as its drift baseline',
        correct: false,
        why: 'QualityCheck compares data or model quality with a baseline for drift; it does not test arbitrary thresholds such as load-test latency.',
      },
    ],
  },
  {
    id: 'pipelines-what-you-pay',
    topic: 'pipelines',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team is estimating the cost of running a SageMaker pipeline every night. What does it pay for?',
    options: [
      {
        text: 'The jobs its steps run, not the orchestration itself',
        correct: true,
        why: 'Pipelines itself is free: you pay for the processing, training and other jobs the steps start (and for the Studio environment you work in).',
      },
      {
        text: 'An orchestration instance billed per hour while the pipeline exists',
        correct: false,
        why: 'There is no orchestration instance to pay for; orchestration is serverless.',
      },
      {
        text: 'A fixed monthly fee per pipeline definition',
        correct: false,
        why: 'Pipeline definitions carry no fee of their own.',
      },
      {
        text: 'Nothing: all jobs started by a pipeline are free',
        correct: false,
        why: 'The processing, training and other jobs a pipeline starts are billed as usual.',
      },
    ],
  },
  {
    id: 'pipelines-insurer-monthly-run',
    topic: 'pipelines',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-insurer-claims-mlops',
    format: 'single',
    stem: 'What should make the monthly preparation, training, evaluation and registration run the same way every time, with the LEAST custom orchestration code?',
    options: [
      {
        text: 'A SageMaker Pipelines pipeline started each month',
        correct: true,
        why: "Pipelines runs the steps as one defined workflow, records each run's parameters and lineage, and can be started on a schedule.",
      },
      {
        text: 'A cron job on an EC2 instance that runs the notebooks',
        correct: false,
        why: 'Running notebooks from a server keeps the manual steps as they are and adds a server to look after.',
      },
      {
        text: 'A SageMaker Model Monitor schedule on the endpoint',
        correct: false,
        why: 'Model Monitor watches a deployed model for drift; it does not prepare data, train or register models.',
      },
      {
        text: 'A Lambda function that retrains when a file appears',
        correct: false,
        why: 'A function could start one job, but ordering, retries and lineage across the steps would all be custom code.',
      },
    ],
  },
];
