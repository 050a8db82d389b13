import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'pipeline-builder-classic-order',
    topic: 'pipeline-builder',
    heading: 'build-your-pipeline',
    task: '1.3',
    scope: 'deeper',
    format: 'ordering',
    stem: 'Put the steps of the classic MLOps pipeline in the order they run when the model passes its evaluation.',
    items: [
      {
        text: 'Processing step: prepare and split the data',
        why: 'Training needs prepared data, so data preparation comes first.',
      },
      {
        text: 'Training step: fit the model',
        why: 'Training consumes the prepared training set and produces model artifacts and metrics.',
      },
      {
        text: 'Processing step: evaluate the model on the test set',
        why: 'Evaluation needs the trained model and the held-out test data.',
      },
      {
        text: 'Condition step: does the score meet the threshold?',
        why: 'The Condition compares the evaluation result, so it must follow the evaluation.',
      },
      {
        text: 'RegisterModel step in the if branch: add the version to Model Registry',
        why: 'Registration runs only when the condition holds; otherwise the else branch runs a Fail step.',
      },
    ],
  },
  {
    id: 'pipeline-builder-model-needs-training',
    topic: 'pipeline-builder',
    heading: 'things-to-try',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'In the pipeline builder, you move a Model step above the Training step and the checks complain. Why?',
    options: [
      {
        text: 'A Model step packages artifacts that an earlier training step produces',
        correct: true,
        why: "The Model step reads the training job's artifacts through a property reference, so it depends on a finished training step (unless the artifacts already sit in Amazon S3).",
      },
      {
        text: 'A Model step must always be the last step of a pipeline',
        correct: false,
        why: 'Steps can follow a Model step, for example a Transform step that uses the model it created.',
      },
      {
        text: 'A Model step is allowed only inside a Condition branch',
        correct: false,
        why: 'Model steps usually sit in the main list; the branch restriction in the published schema limits which steps go inside branches, not the reverse.',
      },
      {
        text: 'The Model step trains the model, so Training is redundant',
        correct: false,
        why: 'A Model step only creates a SageMaker AI model from existing artifacts; training happens in a Training step.',
      },
    ],
  },
  {
    id: 'pipeline-builder-valid-step-name',
    topic: 'pipeline-builder',
    heading: 'things-to-try',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'Which of these is a valid name for a step in a SageMaker pipeline?',
    options: [
      {
        text: 'Evaluate-Model_v2',
        correct: true,
        why: 'Letters, digits, hyphens and underscores, within 1 to 64 characters, are all allowed.',
      },
      {
        text: 'Train model',
        correct: false,
        why: 'Spaces are not allowed in step names.',
      },
      {
        text: 'Score.Batch',
        correct: false,
        why: 'A dot is not one of the allowed characters (letters, digits, hyphens, underscores).',
      },
      {
        text: 'A 70-character name made only of letters',
        correct: false,
        why: 'Step names are limited to 64 characters.',
      },
    ],
  },
  {
    id: 'pipeline-builder-transform-model-name',
    topic: 'pipeline-builder',
    heading: 'things-to-try',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'In the "Train and score a batch" template, how does the Transform step learn which model to run?',
    options: [
      {
        text: "From a property reference to the Model step's model name",
        correct: true,
        why: 'The reference passes the name and, being a data dependency, also makes the Transform step wait until the Model step has finished.',
      },
      {
        text: 'From the endpoint that the Model step deploys',
        correct: false,
        why: 'A batch transform needs no endpoint; it runs the SageMaker AI model directly on the dataset in Amazon S3.',
      },
      {
        text: 'From the latest version marked Approved in Model Registry',
        correct: false,
        why: 'This template registers nothing; the Transform step takes the model the pipeline itself created.',
      },
      {
        text: 'From a DependsOn entry naming the Model step',
        correct: false,
        why: 'DependsOn only orders steps; it passes no data such as a model name.',
      },
    ],
  },
  {
    id: 'pipeline-builder-match-steps',
    topic: 'pipeline-builder',
    heading: 'build-your-pipeline',
    task: '1.3',
    scope: 'deeper',
    format: 'matching',
    stem: 'Match each step type you can drag into the builder to what it does.',
    pairs: [
      {
        prompt: 'Model',
        answer: 'Creates a SageMaker AI model that a batch transform or an endpoint can use',
        why: 'A Model step turns trained artifacts and a container into a SageMaker AI model.',
      },
      {
        prompt: 'RegisterModel',
        answer: 'Adds a new version with an approval status to a model group',
        why: 'RegisterModel writes a version into Model Registry.',
      },
      {
        prompt: 'Transform',
        answer: 'Scores a whole dataset in Amazon S3 with a batch transform job',
        why: 'A Transform step runs batch transform: offline predictions for a dataset.',
      },
      {
        prompt: 'Condition',
        answer: 'Runs its if steps or its else steps depending on a comparison',
        why: 'A Condition compares values, such as a metric against a threshold, and picks a branch.',
      },
      {
        prompt: 'Fail',
        answer: 'Ends the run as failed, with an error message, once running steps finish',
        why: 'No step can depend on a Fail step; when it runs alongside other steps, those steps finish first and the execution then ends as Failed.',
      },
    ],
  },
  {
    id: 'pipeline-builder-flagged-mistakes',
    topic: 'pipeline-builder',
    heading: 'things-to-try',
    task: '1.3',
    scope: 'deeper',
    format: 'multiple',
    choose: 2,
    stem: "Which of these would the pipeline builder's checks flag as a problem? (Choose two.)",
    options: [
      {
        text: 'Two steps both named TrainModel',
        correct: true,
        why: 'Steps refer to each other by name in DependsOn and property references, so names must be unique within a pipeline.',
      },
      {
        text: 'A QualityCheck step set to model quality, placed before any model exists',
        correct: true,
        why: "A model quality check compares a model's predictions with ground-truth labels, so a model must exist first; a data quality check would need none.",
      },
      {
        text: 'Two Processing steps with no dependencies between them',
        correct: false,
        why: 'Independent steps are fine: they simply run in parallel.',
      },
      {
        text: 'A Fail step as the only step in the else branch of a Condition that tests the training metric',
        correct: false,
        why: 'That is the classic pattern: the else branch stops the run when the model falls short.',
      },
      {
        text: 'A ClarifyCheck step for data bias placed before training',
        correct: false,
        why: 'Data bias checks inspect the dataset and need no model, so they can run before training.',
      },
    ],
  },
  {
    id: 'pipeline-builder-export',
    topic: 'pipeline-builder',
    heading: 'what-the-export-is-and-what-it-is-not',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: "What does the pipeline builder's export contain?",
    options: [
      {
        text: 'A pipeline definition JSON, the document SageMaker Pipelines runs',
        correct: true,
        why: "The export is the pipeline definition with placeholder account, bucket and parameters; pipelines made only of step types in AWS's published schema validate against it.",
      },
      {
        text: "An AWS CloudFormation template for the pipeline's resources",
        correct: false,
        why: 'The export is the pipeline definition itself, not an infrastructure template.',
      },
      {
        text: 'An AWS Step Functions state machine in Amazon States Language',
        correct: false,
        why: 'Step Functions is a different orchestrator; SageMaker Pipelines uses its own definition format.',
      },
      {
        text: 'A trained model artifact ready to deploy',
        correct: false,
        why: 'The builder runs entirely in the browser and trains nothing; it only describes the workflow.',
      },
    ],
  },
];
