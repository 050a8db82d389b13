import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'model-registry-versions-rollback',
    topic: 'model-registry',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team retrains its demand-forecasting model every month. It needs one central place that keeps every trained version with its metrics, so it can compare versions and roll back to an earlier one. Which SageMaker AI feature fits?',
    options: [
      {
        text: 'SageMaker Model Registry',
        correct: true,
        why: 'The registry is the centralized, versioned catalog of trained models: each registration becomes a numbered version with its metadata, so versions can be compared and an earlier one redeployed.',
      },
      {
        text: 'SageMaker Feature Store',
        correct: false,
        why: 'Feature Store catalogs features, the inputs of models, not the trained models themselves.',
      },
      {
        text: 'SageMaker Model Dashboard',
        correct: false,
        why: 'The dashboard is a read-only overview of all models and their monitoring; it does not version models.',
      },
      {
        text: 'SageMaker Model Cards',
        correct: false,
        why: "Model cards document a model's purpose, risk and training; they are not the version catalog used for deployment.",
      },
    ],
  },
  {
    id: 'model-registry-status-for-deploy',
    topic: 'model-registry',
    heading: 'approval-status-and-automated-deployment',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: 'A CI/CD process deploys model versions from Model Registry automatically. Which approval status must a version have before it is deployed?',
    options: [
      {
        text: 'Approved',
        correct: true,
        why: 'Only an Approved version is cleared for deployment; automated deployment picks up versions in this state.',
      },
      {
        text: 'PendingManualApproval',
        correct: false,
        why: 'This is the usual status right after registration: the version is waiting for review and must not be deployed yet.',
      },
      {
        text: 'Rejected',
        correct: false,
        why: 'A rejected version fell short of the bar and must not be deployed.',
      },
      {
        text: 'InService',
        correct: false,
        why: 'InService is the status of a running endpoint, not an approval status of a model version.',
      },
    ],
  },
  {
    id: 'model-registry-eventbridge-deploy',
    topic: 'model-registry',
    heading: 'approval-status-and-automated-deployment',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'An MLOps team wants a model version to be deployed to staging as soon as a reviewer approves it in Model Registry, with the LEAST operational overhead. What should trigger the deployment?',
    options: [
      {
        text: 'An EventBridge rule on the model package state change event',
        correct: true,
        why: "Changing a version's approval status emits this event, so the deployment reacts immediately without anyone watching the registry.",
      },
      {
        text: 'An AWS Lambda function that polls the registry every five minutes for newly approved versions',
        correct: false,
        why: 'Polling works but adds code to run and a delay; the registry already emits an event when the status changes.',
      },
      {
        text: 'A SageMaker Model Monitor schedule on the staging endpoint',
        correct: false,
        why: 'Model Monitor watches deployed models for drift; it does not react to approvals or deploy anything.',
      },
      {
        text: 'An email to the data scientist, who then deploys the version from the console',
        correct: false,
        why: 'A manual deployment is exactly the hand work that approval-driven automation removes.',
      },
    ],
  },
  {
    id: 'model-registry-approval-flow',
    topic: 'model-registry',
    heading: 'approval-status-and-automated-deployment',
    task: '1.3',
    scope: 'deeper',
    format: 'ordering',
    stem: 'Put the steps of an approval-gated deployment flow in order.',
    items: [
      {
        text: 'A pipeline trains and evaluates a model and registers it as a new version with status PendingManualApproval',
        why: 'A version must exist in the registry before anyone can review it.',
      },
      {
        text: 'A reviewer checks the evaluation results and sets the version to Approved',
        why: 'The approval is the gate: nothing is deployed before it.',
      },
      {
        text: 'The status change emits an Amazon EventBridge event',
        why: 'The registry announces the change; listeners react to it.',
      },
      {
        text: 'A deployment pipeline listening for the event deploys the version to a staging endpoint',
        why: 'The approved version is tried in staging first.',
      },
      {
        text: 'The deployment pipeline promotes the version to the production endpoint',
        why: 'Production comes last, after staging.',
      },
    ],
  },
  {
    id: 'model-registry-cross-account',
    topic: 'model-registry',
    heading: 'sharing-across-teams-and-accounts',
    task: '5.2',
    scope: 'deeper',
    format: 'single',
    stem: 'A company keeps one central model registry in a shared-services account and wants its separate development, staging and production accounts to use the same model package groups. How should it share them?',
    options: [
      {
        text: 'Use AWS Resource Access Manager (or a resource policy on each group)',
        correct: true,
        why: 'AWS RAM (or a resource policy) shares model package groups across accounts, so every account works from the same versions and approval status.',
      },
      {
        text: 'Copy the model artifacts into an S3 bucket in each account after every training run',
        correct: false,
        why: 'Copying files by hand loses the shared versions, metadata and approval status, and adds work after every run.',
      },
      {
        text: 'Open the Model Dashboard of the central account from the other accounts',
        correct: false,
        why: 'The dashboard is a per-account, read-only overview; it does not share models.',
      },
      {
        text: "Export each model's model card as a PDF and send it to the other accounts",
        correct: false,
        why: 'A PDF shares documentation with people, not a deployable model version.',
      },
    ],
  },
  {
    id: 'model-registry-group-meaning',
    topic: 'model-registry',
    heading: 'model-groups-and-versions',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'In SageMaker Model Registry, what is a model group (model package group)?',
    options: [
      {
        text: 'The successive versions of one model, such as the churn model',
        correct: true,
        why: 'Each registration into the group becomes a model package whose version number goes up by one.',
      },
      {
        text: 'A feature group that several models read at training',
        correct: false,
        why: 'Shared features are organized in Feature Store feature groups, not in the model registry.',
      },
      {
        text: 'An IAM group of users allowed to approve models',
        correct: false,
        why: 'Who may approve is controlled by IAM permissions; a model group holds model versions.',
      },
      {
        text: 'A collection that files several registries together',
        correct: false,
        why: "Collections file model groups to keep a large catalog tidy; the model group itself holds one model's versions.",
      },
    ],
  },
  {
    id: 'model-registry-version-metadata',
    topic: 'model-registry',
    heading: 'key-facts',
    task: '5.2',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two of the following can be stored with a model version in SageMaker Model Registry? (Choose two.)',
    options: [
      {
        text: 'Training metrics and evaluation results',
        correct: true,
        why: 'Metadata such as metrics and evaluation reports travels with each version so versions can be compared.',
      },
      {
        text: 'Drift check baselines for data quality, model quality, bias and explainability',
        correct: true,
        why: 'A version can carry the baselines that monitoring of the deployed model compares against, often written by QualityCheck and ClarifyCheck steps.',
      },
      {
        text: 'Feature values served with low latency at inference time',
        correct: false,
        why: 'Serving feature values is the online store of Feature Store.',
      },
      {
        text: "The endpoint's CloudWatch invocation logs",
        correct: false,
        why: 'Endpoint logs and metrics live in Amazon CloudWatch, not in the registry.',
      },
      {
        text: 'The IAM roles of the data scientists who trained the model',
        correct: false,
        why: 'Roles and permissions are managed in IAM; the registry stores models and their metadata.',
      },
    ],
  },
  {
    id: 'model-registry-match-features',
    topic: 'model-registry',
    heading: 'registry-dashboard-or-cards',
    task: '5.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each need to the SageMaker AI feature with a similar name that meets it.',
    pairs: [
      {
        prompt: 'Decide which version of a model may go to production',
        answer: 'Model Registry',
        why: "The registry tracks each version's approval status for deployment.",
      },
      {
        prompt: 'See at a glance all models, where they run and how their monitoring looks',
        answer: 'Model Dashboard',
        why: 'The dashboard is the one place to view all models, their deployments and monitoring results.',
      },
      {
        prompt: "Write down a model's intended uses and risk rating",
        answer: 'Model Cards',
        why: 'Model cards hold the documentation of a model.',
      },
    ],
  },
  {
    id: 'model-registry-insurer-sign-off',
    topic: 'model-registry',
    heading: 'approval-status-and-automated-deployment',
    task: '5.2',
    scope: 'exam',
    caseStudy: 'case-insurer-claims-mlops',
    format: 'single',
    stem: "How should the reviewer's sign-off be recorded so that only signed-off versions can be deployed?",
    options: [
      {
        text: "As the version's Approved status in Model Registry",
        correct: true,
        why: 'Each registered version carries an approval status; the deployment process deploys only versions a reviewer has set to Approved.',
      },
      {
        text: "As a risk rating of low on the version's model card",
        correct: false,
        why: 'The risk rating documents how risky a model is; it is not an approval for deployment.',
      },
      {
        text: 'As a tag that the reviewer adds to the endpoint',
        correct: false,
        why: 'The endpoint exists only after deployment, too late for a sign-off, and a tag enforces nothing.',
      },
      {
        text: "As a comment in the pipeline's Condition step",
        correct: false,
        why: "A Condition step compares values automatically; it records no person's decision.",
      },
    ],
  },
];
