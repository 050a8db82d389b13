import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'model-dashboard-one-view',
    topic: 'model-dashboard',
    heading: 'key-facts',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: 'The head of ML wants one place in the SageMaker AI console to search every model in the account, see which ones are deployed to endpoints or used in batch transform jobs, and spot those that violate their quality thresholds, without building anything. What should she use?',
    options: [
      {
        text: 'SageMaker Model Dashboard',
        correct: true,
        why: 'The dashboard is the centralized console portal for all models, their deployments, model card details and monitoring violations, and it needs no setup of its own.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'The registry versions and approves registered models; it does not show deployments and monitoring results for every model in the account.',
      },
      {
        text: 'An Amazon CloudWatch dashboard',
        correct: false,
        why: 'CloudWatch dashboards show metrics you choose and have to be built; they are not organized around models, their deployments and their documentation.',
      },
      {
        text: 'SageMaker Model Cards',
        correct: false,
        why: 'A model card documents one model; it does not list all models or show their monitoring violations.',
      },
    ],
  },
  {
    id: 'model-dashboard-violation-source',
    topic: 'model-dashboard',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'The Model Dashboard shows a data quality violation for a deployed model. Which feature actually ran the check that found it?',
    options: [
      {
        text: 'A Model Monitor schedule on the endpoint or batch transform job',
        correct: true,
        why: 'The dashboard is read-only: it collects results from Model Monitor schedules (with Clarify behind bias and explainability) and displays them. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'The Model Dashboard itself, which scans every model each night',
        correct: false,
        why: 'The dashboard runs no checks; it only displays and links to what other features produce.',
      },
      {
        text: 'The model card, checking the model against its risk rating',
        correct: false,
        why: 'Model cards document a model; the risk rating is assigned by people and runs no checks.',
      },
      {
        text: 'AWS CloudTrail, which audits every prediction',
        correct: false,
        why: 'CloudTrail records API activity; it does not analyze inference data for quality.',
      },
    ],
  },
  {
    id: 'model-dashboard-what-it-shows',
    topic: 'model-dashboard',
    heading: 'what-you-see-and-where-it-comes-from',
    task: '5.2',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two kinds of information does SageMaker Model Dashboard show? (Choose two.)',
    options: [
      {
        text: "Each model's risk rating, taken from its model card",
        correct: true,
        why: 'The dashboard pulls model card details such as the risk rating.',
      },
      {
        text: 'Where each model is deployed: endpoints and batch transform jobs',
        correct: true,
        why: "Tracking which models are deployed for inference, and where, is one of the dashboard's core jobs.",
      },
      {
        text: 'A button that sets a model version to Approved for deployment',
        correct: false,
        why: 'Approval status is managed in Model Registry; the dashboard is a read-only overview.',
      },
      {
        text: 'An editor for the IAM roles of data scientists',
        correct: false,
        why: 'Permissions are managed in IAM (or through Role Manager), not in the dashboard.',
      },
      {
        text: 'The labels a human workforce applied to the training data',
        correct: false,
        why: 'Labeling results belong to a labeling job; the dashboard is about models, not training labels.',
      },
    ],
  },
  {
    id: 'model-dashboard-match-sources',
    topic: 'model-dashboard',
    heading: 'what-you-see-and-where-it-comes-from',
    task: '5.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each piece of information on the Model Dashboard to the feature or service it comes from.',
    pairs: [
      {
        prompt: "A model's risk rating",
        answer: 'SageMaker Model Cards',
        why: 'The risk rating is recorded on the model card and displayed by the dashboard.',
      },
      {
        prompt: 'Data quality and model quality violations',
        answer: 'SageMaker Model Monitor',
        why: 'Model Monitor schedules compare live data and predictions with a baseline and report violations.',
      },
      {
        prompt: 'How a model was produced, from data to artifact',
        answer: 'ML Lineage Tracking',
        why: 'Lineage tracking links a model to the data, jobs and code that produced it.',
      },
      {
        prompt: 'Endpoint performance such as latency and errors',
        answer: 'Amazon CloudWatch',
        why: 'Endpoint metrics live in CloudWatch; the dashboard shows them next to the model.',
      },
    ],
  },
  {
    id: 'model-dashboard-imported-model',
    topic: 'model-dashboard',
    heading: 'prerequisites',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team trained a model outside AWS, imported it into SageMaker AI with the CreateModel API and deployed it, but never registered it in Model Registry. Will it appear on the Model Dashboard?',
    options: [
      {
        text: 'Yes: it lists every model in the account, imported or not',
        correct: true,
        why: 'An imported model counts, and the dashboard does not depend on Model Registry; monitoring results appear only if monitors are set up.',
      },
      {
        text: 'No: only versions registered in Model Registry appear on the dashboard',
        correct: false,
        why: 'That confuses the dashboard with the registry; the dashboard lists models whether or not they were registered.',
      },
      {
        text: 'No: only models trained with SageMaker AI training jobs appear',
        correct: false,
        why: 'A model trained elsewhere and imported with CreateModel counts as well.',
      },
      {
        text: 'Only after a model card with a risk rating has been created for it',
        correct: false,
        why: 'A model card adds details to the dashboard entry but is not required for the model to be listed.',
      },
    ],
  },
  {
    id: 'model-dashboard-new-account',
    topic: 'model-dashboard',
    heading: 'finding-models-that-break-their-thresholds',
    task: '5.2',
    scope: 'today',
    format: 'single',
    stem: 'A company starts in a new AWS account, where SageMaker Model Monitor is no longer offered. What will its Model Dashboard show?',
    options: [
      {
        text: 'Its models, deployments and card details, with empty monitoring columns',
        correct: true,
        why: "The dashboard itself is unaffected by Model Monitor's closure; only the quality columns that Model Monitor fills stay empty. Older material simply says the dashboard shows every model's threshold violations.",
      },
      {
        text: 'Nothing: the dashboard is closed to new customers along with Model Monitor',
        correct: false,
        why: 'Model Monitor is closed to new customers, but the dashboard is not, and still lists models, deployments and model card details.',
      },
      {
        text: 'Quality violations that the dashboard computes itself in place of Model Monitor',
        correct: false,
        why: 'The dashboard never computes checks; without monitors there are no violations to show.',
      },
      {
        text: 'Drift results from Clarify processing jobs, which replace Model Monitor automatically',
        correct: false,
        why: 'Clarify is closed to new customers too, and nothing replaces the monitors automatically; AWS points new accounts to open-source monitoring solutions instead.',
      },
    ],
  },
  {
    id: 'model-dashboard-coverage-gap',
    topic: 'model-dashboard',
    heading: 'finding-models-that-break-their-thresholds',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: 'On the Model Dashboard, a model deployed to a production endpoint shows no data quality, model quality, bias or explainability results at all. What does this MOST likely mean?',
    options: [
      {
        text: 'No monitors are set up on it, a coverage gap the team should close',
        correct: true,
        why: 'Monitoring results appear only for models with monitors, and the dashboard shows which models have none.',
      },
      {
        text: 'The model passed every check, so nothing is displayed',
        correct: false,
        why: 'Passing checks still produce monitoring results to show; the dashboard separately points out the models that have no monitoring configured.',
      },
      {
        text: 'The model is not deployed anywhere',
        correct: false,
        why: 'The scenario says it serves a production endpoint, and deployment is shown independently of monitoring.',
      },
      {
        text: 'Its model card has no risk rating',
        correct: false,
        why: 'The risk rating comes from the model card and has nothing to do with whether monitoring results exist.',
      },
    ],
  },
  {
    id: 'model-dashboard-insurer-one-view',
    topic: 'model-dashboard',
    heading: 'key-facts',
    task: '5.2',
    scope: 'exam',
    caseStudy: 'case-insurer-claims-mlops',
    format: 'single',
    stem: 'Where can the head of ML see every deployed model, where it runs, its risk rating and whether it breaks its monitoring thresholds, without building anything?',
    options: [
      {
        text: 'SageMaker Model Dashboard',
        correct: true,
        why: 'The Model Dashboard gathers every model in the account with its deployments, model card risk rating and monitoring results, with nothing to build.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'The registry holds versions and approval status; it does not show live deployments with monitoring results.',
      },
      {
        text: 'An Amazon CloudWatch dashboard',
        correct: false,
        why: 'A CloudWatch dashboard shows the metrics you add to it; it knows nothing of risk ratings and would have to be built.',
      },
      {
        text: 'AWS CloudTrail event history',
        correct: false,
        why: 'CloudTrail lists API calls; it gives no view of models, their risk or their monitoring.',
      },
    ],
  },
];
