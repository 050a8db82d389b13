import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'mlflow-managed-tracking',
    topic: 'mlflow',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "A data science team already logs its experiments with open-source MLflow on laptops. It wants a shared place on AWS where every training run's parameters, metrics and artifacts are recorded and compared, with the LEAST operational overhead. What should it use?",
    options: [
      {
        text: 'Managed MLflow on SageMaker AI (a tracking server or an MLflow App)',
        correct: true,
        why: 'SageMaker AI runs the MLflow server, its storage and upgrades for you; the team keeps its MLflow code, points the tracking URI at the server and compares runs in the MLflow UI.',
      },
      {
        text: 'Open-source MLflow installed on an Amazon EC2 instance with its own database',
        correct: false,
        why: 'It works, but the team would run the server, database, storage and upgrades itself, which is the overhead managed MLflow removes.',
      },
      {
        text: 'SageMaker Model Monitor with data capture turned on',
        correct: false,
        why: 'Model Monitor watches deployed models in production for drift; it does not record the parameters and metrics of training runs.',
      },
      {
        text: 'SageMaker Experiments in Studio Classic',
        correct: false,
        why: 'The older SageMaker Experiments tracking works only in Studio Classic, which is closed to new customers; AWS recommends MLflow for experiment tracking in the current Studio.',
      },
    ],
  },
  {
    id: 'mlflow-match-terms',
    topic: 'mlflow',
    heading: 'runs-and-experiments',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each item from a fraud-model project to the MLflow term it is an example of.',
    pairs: [
      {
        prompt: 'One execution of the training script, with everything it logged',
        answer: 'Run',
        why: 'A run is a single execution of your training code together with its logged parameters, metrics and artifacts.',
      },
      {
        prompt: '"fraud-detector", grouping every attempt at the fraud model',
        answer: 'Experiment',
        why: 'An experiment is a named group of related runs you want to compare.',
      },
      {
        prompt: 'learning_rate=0.05, set before training starts',
        answer: 'Parameter',
        why: 'Parameters are the inputs you choose for a run, such as hyperparameters or the data version.',
      },
      {
        prompt: 'Validation recall recorded after every epoch',
        answer: 'Metric',
        why: 'Metrics are numbers a run produces, possibly as a series over time.',
      },
      {
        prompt: 'The serialized model file and a ROC curve image, stored in Amazon S3',
        answer: 'Artifact',
        why: 'Artifacts are files a run produces; managed MLflow stores them in the S3 bucket you name.',
      },
    ],
  },
  {
    id: 'mlflow-app-no-sizing',
    topic: 'mlflow',
    heading: 'tracking-servers-and-mlflow-apps',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'An ML platform team wants managed MLflow for several SageMaker AI domains. It does not want to choose or resize server capacity, and it wants one instance to be the default that every domain uses. Which option fits?',
    options: [
      {
        text: 'An MLflow App',
        correct: true,
        why: 'MLflow Apps (CreateMlflowApp) have no size to pick, because AWS manages the capacity, and an app can be made the default for the account or for chosen domains.',
      },
      {
        text: 'A Small MLflow tracking server',
        correct: false,
        why: 'A tracking server needs a size (Small, Medium or Large, Small by default) that the team must choose and change as usage grows, and each client points at it by its ARN.',
      },
      {
        text: 'A Large MLflow tracking server',
        correct: false,
        why: 'Picking Large still means choosing a capacity, which the team wants to avoid; tracking servers are also not set as an account-wide default.',
      },
      {
        text: 'SageMaker Model Registry with a model package group per domain',
        correct: false,
        why: 'Model Registry catalogs model versions and approvals; it does not track experiments and runs.',
      },
    ],
  },
  {
    id: 'mlflow-auto-registration',
    topic: 'mlflow',
    heading: 'tracking-servers-and-mlflow-apps',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'Models that a team registers in its managed MLflow tracking server do not show up in SageMaker Model Registry, where the MLOps team approves versions for deployment. What is the most likely reason?',
    options: [
      {
        text: 'Automatic model registration is off by default and must be turned on',
        correct: true,
        why: 'Tracking servers sync registered models to Model Registry only when AutomaticModelRegistration is enabled (MLflow Apps use ModelRegistrationMode); it is off unless you turn it on.',
      },
      {
        text: 'MLflow models can never be registered in SageMaker Model Registry',
        correct: false,
        why: 'Both tracking servers and MLflow Apps can register models in Model Registry automatically once the setting is enabled.',
      },
      {
        text: 'Automatic registration needs a Large tracking server',
        correct: false,
        why: 'The size only reflects how many users the server is meant for; registration sync is a separate setting available at every size.',
      },
      {
        text: 'Registered MLflow models go to SageMaker Feature Store instead',
        correct: false,
        why: 'Feature Store holds features (model inputs), not models.',
      },
    ],
  },
  {
    id: 'mlflow-connect-notebook',
    topic: 'mlflow',
    heading: 'key-facts',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'How does training code in a notebook send its runs to a managed MLflow tracking server on SageMaker AI?',
    options: [
      {
        text: "It uses the sagemaker-mlflow plugin, the server's ARN as tracking URI and IAM signing",
        correct: true,
        why: 'That is how SageMaker AI integrates MLflow: the plugin resolves the ARN and signs requests with IAM, so access is controlled by IAM policies.',
      },
      {
        text: 'It uses a user name and password that the MLflow UI generates for each data scientist',
        correct: false,
        why: 'Managed MLflow relies on IAM credentials, not on separate MLflow user accounts.',
      },
      {
        text: 'It writes run files to the artifact bucket in Amazon S3, and the server imports them every night',
        correct: false,
        why: "Runs are logged through the tracking server's REST API as they happen; S3 only stores the artifacts.",
      },
      {
        text: 'It must run inside a SageMaker training job; notebooks and IDEs cannot log runs',
        correct: false,
        why: 'Notebooks and IDEs can log runs directly once the plugin is installed and the tracking URI is set.',
      },
    ],
  },
  {
    id: 'mlflow-neighbours',
    topic: 'mlflow',
    heading: 'how-it-fits-with-other-sagemaker-ai-features',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about managed MLflow and neighbouring SageMaker AI features are correct? (Choose two.)',
    options: [
      {
        text: 'MLflow records development and training; Model Monitor watches deployed models',
        correct: true,
        why: 'MLflow is for experiment and run tracking; Model Monitor checks production endpoints and batch transform jobs for drift. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'Model Registry is the governed catalog of model versions with an approval status, and registered MLflow models can land there automatically',
        correct: true,
        why: 'With automatic registration turned on, models registered in MLflow appear in Model Registry, ready for approval and deployment.',
      },
      {
        text: 'AWS recommends the SageMaker Experiments SDK for experiment tracking in the current Studio',
        correct: false,
        why: 'It is the reverse: the older Experiments tracking stays in Studio Classic, and AWS recommends MLflow in the current Studio.',
      },
      {
        text: 'Creating an MLflow App requires choosing Small, Medium or Large capacity',
        correct: false,
        why: 'Sizes apply to tracking servers; MLflow Apps have no size because AWS manages their capacity.',
      },
      {
        text: 'Managed MLflow replaces SageMaker Pipelines for automating training workflows',
        correct: false,
        why: 'Pipelines orchestrates the workflow; MLflow records the runs, and pipeline training steps can log to it.',
      },
    ],
  },
  {
    id: 'mlflow-workflow-order',
    topic: 'mlflow',
    heading: 'a-typical-workflow',
    task: '1.3',
    scope: 'deeper',
    format: 'ordering',
    stem: 'Put the steps of a typical managed MLflow workflow in order.',
    items: [
      {
        text: 'Create an MLflow tracking server or MLflow App with an S3 bucket for artifacts and an IAM role',
        why: 'Nothing can be logged until a tracking server or app exists.',
      },
      {
        text: "Install MLflow and the sagemaker-mlflow plugin, and set the tracking URI to the server's ARN",
        why: 'The client must know where to send runs and how to sign requests before training starts.',
      },
      {
        text: 'Train the model, logging parameters, metrics and artifacts to an experiment',
        why: 'Each training run now records itself on the server.',
      },
      {
        text: 'Compare the runs in the MLflow UI and pick the best model',
        why: 'Comparison needs the logged runs.',
      },
      {
        text: 'Register the chosen model so that it reaches Model Registry for approval',
        why: 'Registration comes last, once the best run is known; with automatic registration it appears in Model Registry.',
      },
    ],
  },
];
