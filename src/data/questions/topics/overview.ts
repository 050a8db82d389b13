import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'overview-custom-model-managed',
    topic: 'overview',
    heading: 'where-sagemaker-ai-fits-among-the-aws-ai-offerings',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A retailer wants to train a demand model on its own sales history, pick the compute for training and host the finished model for predictions. The team does not want to provision or patch any servers. Which AWS service fits BEST?',
    options: [
      {
        text: 'Amazon SageMaker AI',
        correct: true,
        why: 'SageMaker AI is the managed platform for building, training and hosting your own models on your own data; it starts and stops the instances for each job and endpoint.',
      },
      {
        text: 'Amazon Bedrock',
        correct: false,
        why: 'Bedrock gives serverless API access to ready-made foundation models; it is not where you train a new tabular forecasting model from your sales history.',
      },
      {
        text: 'Amazon Comprehend',
        correct: false,
        why: 'Comprehend is a pre-trained natural language API (sentiment, entities); it does not train a model on numeric sales data.',
      },
      {
        text: 'Amazon EC2 instances with open-source ML frameworks installed by the team',
        correct: false,
        why: 'This works technically, but the team would provision, patch and stop the servers itself, which is exactly what the scenario rules out.',
      },
    ],
  },
  {
    id: 'overview-rename',
    topic: 'overview',
    heading: 'amazon-sagemaker-ai-or-amazon-sagemaker',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A 2023 runbook says: "Use Amazon SageMaker to build, train and deploy your own ML models." A new engineer looks for that ML service in today\'s AWS console. Under which name will she find it?',
    options: [
      {
        text: 'Amazon SageMaker AI',
        correct: true,
        why: 'In December 2024 AWS renamed the ML service Amazon SageMaker AI; older material that says "Amazon SageMaker" for building and training models means this service.',
      },
      {
        text: 'Amazon SageMaker Unified Studio',
        correct: false,
        why: 'Unified Studio is the browser workspace of the wider Amazon SageMaker data, analytics and AI platform, not the renamed ML service itself.',
      },
      {
        text: 'Amazon SageMaker Studio',
        correct: false,
        why: 'Studio is the IDE inside SageMaker AI (JupyterLab, Code Editor and more); it is one part of the service, not its new name.',
      },
      {
        text: 'Amazon Bedrock',
        correct: false,
        why: 'Bedrock is a separate service for serverless access to foundation models; it was not created by renaming SageMaker.',
      },
    ],
  },
  {
    id: 'overview-rename-unchanged',
    topic: 'overview',
    heading: 'amazon-sagemaker-ai-or-amazon-sagemaker',
    task: '1.2',
    scope: 'deeper',
    format: 'single',
    stem: 'After the December 2024 rename, an ML team worries that its deployment scripts will break. Which statement is true?',
    options: [
      {
        text: 'The API namespace and CLI commands (aws sagemaker …) keep the old name, so existing scripts keep working.',
        correct: true,
        why: 'The rename changed the service name only: API namespace, CLI commands, endpoints, managed IAM policy names and CloudFormation resource types stayed the same.',
      },
      {
        text: 'The CLI commands moved to aws sagemaker-ai …, so scripts must be updated.',
        correct: false,
        why: 'No new CLI namespace was introduced; the commands still start with aws sagemaker.',
      },
      {
        text: 'Managed IAM policies were renamed from AmazonSageMaker… to AmazonSageMakerAI…, so roles must be re-attached.',
        correct: false,
        why: 'Managed policy names and the service-linked role AWSServiceRoleForSageMaker kept their old names.',
      },
      {
        text: 'Existing models must be migrated to SageMaker Unified Studio before they can be invoked again.',
        correct: false,
        why: 'Unified Studio is a new workspace of the wider platform; nothing forces existing SageMaker AI endpoints to move there.',
      },
    ],
  },
  {
    id: 'overview-two-problems',
    topic: 'overview',
    heading: 'key-facts',
    task: '1.2',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two everyday problems of ML teams does SageMaker AI solve? (Choose two.)',
    options: [
      {
        text: 'The ML lifecycle is spread over many separate tools.',
        correct: true,
        why: 'SageMaker AI brings data preparation, training, tuning, deployment and monitoring into one service.',
      },
      {
        text: 'Infrastructure has to be provisioned and managed for every step.',
        correct: true,
        why: 'SageMaker AI is fully managed: it starts the instances a training job, tuning job or endpoint needs and stops them again.',
      },
      {
        text: 'Models cannot be trained without first buying labeled data from AWS.',
        correct: false,
        why: 'You train on your own data; SageMaker AI does not sell datasets, and unsupervised algorithms need no labels at all.',
      },
      {
        text: 'Every prediction must be checked by a human before it is returned.',
        correct: false,
        why: 'SageMaker AI does not put a human in front of every prediction; human review of selected predictions was the role of Amazon Augmented AI, now closed to new customers.',
      },
      {
        text: 'Every model has to be trained on AWS-owned public datasets rather than company data.',
        correct: false,
        why: 'No such rule exists, so there is nothing to solve: you train on your own data in your own account.',
      },
    ],
  },
  {
    id: 'overview-lifecycle-order',
    topic: 'overview',
    heading: 'the-ml-lifecycle-in-sagemaker-ai',
    task: '1.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the four phases of an ML project, as SageMaker AI covers them, in the order they happen.',
    items: [
      {
        text: 'Data collection and preparation',
        why: 'Nothing can be trained before the data is gathered, labeled, cleaned and turned into features.',
      },
      {
        text: 'Model building, training and tuning',
        why: 'With prepared data you pick an algorithm or pre-trained model, train it and tune its hyperparameters.',
      },
      {
        text: 'Deployment',
        why: 'Only a trained model can be put behind an endpoint or a batch job to serve predictions.',
      },
      {
        text: 'Monitoring',
        why: 'Monitoring watches a model that is already in production for drops in quality and drift.',
      },
    ],
  },
  {
    id: 'overview-lifecycle-services',
    topic: 'overview',
    heading: 'the-ml-lifecycle-in-sagemaker-ai',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each SageMaker AI capability to the phase of the ML lifecycle it belongs to.',
    pairs: [
      {
        prompt: 'Data Wrangler',
        answer: 'Data collection and preparation',
        why: 'Data Wrangler explores, cleans and transforms data and creates features before training.',
      },
      {
        prompt: 'Automatic Model Tuning',
        answer: 'Model building, training and tuning',
        why: 'AMT runs many training jobs to find the best hyperparameters, which is part of training.',
      },
      {
        prompt: 'Real-time endpoints and batch transform',
        answer: 'Deployment',
        why: 'Endpoints and batch transform serve predictions from a trained model.',
      },
      {
        prompt: 'Model Monitor',
        answer: 'Monitoring',
        why: 'Model Monitor checks deployed models on a schedule and catches drift; it is still exam material, though closed to new customers.',
      },
    ],
  },
  {
    id: 'overview-no-ml-team',
    topic: 'overview',
    heading: 'where-sagemaker-ai-fits-among-the-aws-ai-offerings',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A company with no ML staff wants to find the sentiment of customer reviews written in English. Which option has the LEAST operational overhead?',
    options: [
      {
        text: 'Call Amazon Comprehend',
        correct: true,
        why: 'Comprehend is a pre-trained AI service: one API call returns the sentiment, with no model to train or host.',
      },
      {
        text: 'Train a BlazingText text classifier in SageMaker AI and host it on an endpoint',
        correct: false,
        why: 'This needs labeled reviews, a training job and an endpoint to run; SageMaker AI is for building your own model, which the task does not require.',
      },
      {
        text: 'Deploy a foundation model from SageMaker JumpStart to an endpoint and prompt it',
        correct: false,
        why: 'It can work, but the company would choose, run and pay for the endpoint instances itself, which is more overhead than a ready-made API.',
      },
      {
        text: 'Build a custom text model from labeled reviews with SageMaker Canvas',
        correct: false,
        why: 'Canvas custom models need labeled training data and a model build; a pre-trained sentiment API skips both.',
      },
    ],
  },
];
