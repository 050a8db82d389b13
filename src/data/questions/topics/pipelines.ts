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
        text: 'AWS CodePipeline',
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
    scope: 'exam',
    format: 'single',
    stem: 'A pipeline must register the new model only when its evaluation accuracy is at least 0.85, and otherwise end the run marked as failed with a clear message. How should this be built?',
    options: [
      {
        text: 'A Condition step comparing the accuracy, with a RegisterModel step in its if branch and a Fail step in its else branch',
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
    scope: 'exam',
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
    stem: 'Which benefits does SageMaker Pipelines bring to an ML team? Choose two.',
    options: [
      {
        text: 'Faster iteration: change a script or a parameter and rerun, with step caching skipping steps whose inputs did not change',
        correct: true,
        why: 'Reruns are cheap and quick because unchanged steps can be reused from cache.',
      },
      {
        text: 'Repeatable, auditable runs: each run records its parameters, inputs and outputs, and lineage links a model back to its data and code',
        correct: true,
        why: 'Every run leaves a record, which removes manual errors and supports audits.',
      },
      {
        text: 'Training jobs started by a pipeline run free of charge',
        correct: false,
        why: 'The orchestration itself is not billed, but you pay for the jobs the steps run.',
      },
      {
        text: 'It guarantees that every model it produces is accurate',
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
    scope: 'exam',
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
    scope: 'exam',
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
    heading: 'all-step-types',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A pipeline must first check that accuracy is high enough and then, only if it is, check that latency in a load test is low enough. How should the two Condition steps be arranged?',
    options: [
      {
        text: 'Chain them in sequence, the second Condition after the first, because Condition steps cannot be nested',
        correct: true,
        why: 'A Condition step cannot contain another Condition step; chaining them one after the other gives the same decision.',
      },
      {
        text: 'Put the latency Condition inside the if branch of the accuracy Condition',
        correct: false,
        why: 'Nesting is not supported: a branch cannot hold another Condition step.',
      },
      {
        text: 'Replace both with a single QualityCheck step',
        correct: false,
        why: 'QualityCheck looks for drift against a baseline; it does not test arbitrary thresholds such as load-test latency.',
      },
      {
        text: 'Use a Callback step to evaluate both conditions inside Amazon SQS',
        correct: false,
        why: 'Callback waits for an external system that reads an SQS queue; SQS does not evaluate conditions.',
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
        text: 'The jobs the steps run, such as processing and training jobs (plus its Studio environment), not the orchestration itself',
        correct: true,
        why: 'Pipelines orchestration is serverless; the cost comes from the compute the steps use.',
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
];
