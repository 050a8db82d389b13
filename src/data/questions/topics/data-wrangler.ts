import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'data-wrangler-visual-prep',
    topic: 'data-wrangler',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Before training, analysts must select, clean, visualize and transform a tabular dataset and engineer new features with little or no code. The work must happen inside SageMaker AI, next to the no-code model building they do afterwards. Which feature should they use?',
    options: [
      {
        text: 'SageMaker Data Wrangler',
        correct: true,
        why: 'Data Wrangler covers selection, cleansing, exploration, visualization and processing of data, plus feature engineering, in one visual interface.',
      },
      {
        text: 'SageMaker Feature Store',
        correct: false,
        why: 'Feature Store stores, shares and serves features that already exist; it does not clean or visualize raw data.',
      },
      {
        text: 'SageMaker Ground Truth',
        correct: false,
        why: 'Ground Truth gets humans to label data; it does not transform data you already have.',
      },
      {
        text: 'AWS Glue DataBrew',
        correct: false,
        why: 'DataBrew is a visual, no-code data preparation service for analytics and machine learning, but it belongs to AWS Glue, not SageMaker AI; the stem asks for the feature inside SageMaker AI.',
      },
    ],
  },
  {
    id: 'data-wrangler-quality-report',
    topic: 'data-wrangler',
    heading: 'the-data-quality-and-insights-report',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Without writing code, a team wants to find missing values, duplicate rows, class imbalance and features that leak the target in a dataset before training. What should it use?',
    options: [
      {
        text: 'The Data Quality and Insights report of Data Wrangler',
        correct: true,
        why: 'The report scans a dataset, optionally against a target column, and flags exactly these problems before training.',
      },
      {
        text: 'A pre-training bias report from SageMaker Clarify',
        correct: false,
        why: 'Clarify measures bias between groups (facets) and explains predictions; it does not look for duplicates or leaking features, and it is closed to new customers.',
      },
      {
        text: 'A data quality baseline in SageMaker Model Monitor',
        correct: false,
        why: 'Model Monitor compares the live traffic of a deployed model with a baseline; it checks production, not a dataset before training, and it is closed to new customers.',
      },
      {
        text: 'An Automatic Model Tuning job',
        correct: false,
        why: 'AMT searches for hyperparameters of a training job; it does not inspect the quality of the data.',
      },
    ],
  },
  {
    id: 'data-wrangler-new-account',
    topic: 'data-wrangler',
    heading: 'data-wrangler-today-inside-sagemaker-canvas',
    task: '1.3',
    scope: 'today',
    format: 'single',
    stem: 'A company with a new AWS account wants to prepare data with Data Wrangler. An older tutorial says to open it from SageMaker Studio Classic. Where does the company use Data Wrangler today?',
    options: [
      {
        text: 'In SageMaker Canvas, opened from the console or Studio',
        correct: true,
        why: 'Data Wrangler now lives in Canvas, with a natural-language interface and over 300 built-in transformations; the Studio Classic answer of older material no longer applies because Studio Classic is closed to onboarding.',
      },
      {
        text: 'In a new SageMaker Studio Classic domain',
        correct: false,
        why: 'Studio Classic is no longer available for onboarding, so a new account cannot use Data Wrangler there.',
      },
      {
        text: 'In AWS Glue DataBrew, because Data Wrangler was discontinued',
        correct: false,
        why: 'Data Wrangler was not discontinued; it moved into Canvas.',
      },
      {
        text: 'In the Feature Store console, which took over Data Wrangler’s transforms',
        correct: false,
        why: 'Feature Store stores and serves features; Data Wrangler can publish into it, but the transforms live in Canvas.',
      },
    ],
  },
  {
    id: 'data-wrangler-flow-order',
    topic: 'data-wrangler',
    heading: 'one-interface-five-jobs',
    task: '1.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the steps of a typical Data Wrangler data flow in order.',
    items: [
      {
        text: 'Import the data, with SQL queries for database sources',
        why: 'Every flow starts by bringing data in, for example from Amazon S3, Athena or Redshift.',
      },
      {
        text: 'Check quality with the Data Quality and Insights report',
        why: 'You look at the problems in the data before deciding how to fix them.',
      },
      {
        text: 'Clean and transform the data',
        why: 'Missing values, duplicates and wrong types are fixed once the report has shown them.',
      },
      {
        text: 'Engineer features such as age or income group',
        why: 'Features are derived from clean data; building them on broken values would carry the errors along.',
      },
      {
        text: 'Export to Amazon S3, a pipeline, a Canvas model or Feature Store',
        why: 'The finished data or features leave the flow last, for training or reuse.',
      },
    ],
  },
  {
    id: 'data-wrangler-destinations',
    topic: 'data-wrangler',
    heading: 'one-interface-five-jobs',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 3,
    stem: 'Where can the result of a Data Wrangler data flow go? (Choose three.)',
    options: [
      {
        text: 'Amazon S3',
        correct: true,
        why: 'The prepared data can be exported to S3, for example as input to a training job.',
      },
      {
        text: 'A feature group in SageMaker Feature Store',
        correct: true,
        why: 'Data Wrangler publishes features straight into Feature Store for reuse across teams.',
      },
      {
        text: 'A processing step in SageMaker Pipelines',
        correct: true,
        why: 'A flow can run as a processing step, so the same recipe is applied on every pipeline run.',
      },
      {
        text: 'A model package group in the SageMaker Model Registry',
        correct: false,
        why: 'Model Registry catalogs model versions and their approval status; a data flow produces data, not a model version.',
      },
      {
        text: 'An Amazon Bedrock Knowledge Base as document embeddings',
        correct: false,
        why: 'Knowledge Bases index documents for RAG; Data Wrangler prepares tabular and image data for ML and has no such export.',
      },
      {
        text: 'The SageMaker JumpStart model hub',
        correct: false,
        why: 'JumpStart is a catalog of pre-trained models and solutions; data flows are not published to it.',
      },
    ],
  },
  {
    id: 'data-wrangler-five-jobs',
    topic: 'data-wrangler',
    heading: 'one-interface-five-jobs',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each action in Data Wrangler to the job it belongs to.',
    pairs: [
      {
        prompt: 'Pull a customer table from Amazon Athena and keep only the needed columns',
        answer: 'Data selection',
        why: 'Choosing the source and the rows and columns you need is data selection.',
      },
      {
        prompt: 'Fill missing values and remove duplicate rows',
        answer: 'Data cleansing',
        why: 'Fixing what is broken or missing is cleansing.',
      },
      {
        prompt: 'Read column statistics to understand the data before changing anything',
        answer: 'Data exploration',
        why: 'Exploration is getting to know the data: statistics, distributions, the quality report.',
      },
      {
        prompt: 'Draw histograms and scatter plots to spot patterns',
        answer: 'Data visualization',
        why: 'Charts that make patterns and problems visible are visualization.',
      },
      {
        prompt: 'Encode categories, scale numbers and join tables',
        answer: 'Data processing',
        why: 'Transforming data and engineering features is processing.',
      },
    ],
  },
  {
    id: 'data-wrangler-vs-feature-store',
    topic: 'data-wrangler',
    heading: 'data-wrangler-vs-feature-store',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Team A has already engineered customer features in a Data Wrangler flow. Team B wants to reuse exactly those features, both to train its own model and to look them up with low latency for real-time predictions. What should the teams use?',
    options: [
      {
        text: 'Publish them to Feature Store and read its offline and online stores',
        correct: true,
        why: 'Feature Store stores, shares and serves finished features: the offline store for training, the online store for real-time inference.',
      },
      {
        text: 'Give Team B a copy of the flow to rebuild the features',
        correct: false,
        why: 'Data Wrangler creates features; rebuilding them per team duplicates work and offers no low-latency lookup for live predictions.',
      },
      {
        text: 'Register the features in the SageMaker Model Registry',
        correct: false,
        why: 'Model Registry catalogs model versions and approval status, not features.',
      },
      {
        text: 'Export the features as CSV files to a shared Amazon S3 bucket',
        correct: false,
        why: 'S3 holds files but has no feature groups, search or online store for millisecond lookups at inference.',
      },
    ],
  },
];
