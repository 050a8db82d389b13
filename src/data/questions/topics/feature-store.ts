import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'feature-store-central-repository',
    topic: 'feature-store',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Several data science teams keep recomputing the same customer features. The company wants one central place to store features and their metadata so that teams can discover and reuse them. Which service should it use?',
    options: [
      {
        text: 'Amazon SageMaker Feature Store',
        correct: true,
        why: 'Feature Store is the centralized repository for ML features: it keeps feature groups with their metadata and values so teams can find and reuse them.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'Model Registry catalogs model versions and their approval status, not features.',
      },
      {
        text: 'AWS Glue Data Catalog',
        correct: false,
        why: 'The Data Catalog describes tables for analytics engines; it has no feature groups or online store for serving features to models.',
      },
      {
        text: 'Amazon SageMaker Data Wrangler',
        correct: false,
        why: 'Data Wrangler creates features from raw data; it is not where finished features are kept and shared.',
      },
    ],
  },
  {
    id: 'feature-store-online-lookup',
    topic: 'feature-store',
    heading: 'feature-groups-records-and-the-two-stores',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A fraud model must fetch a card holder’s latest features within milliseconds while each payment request is being scored. Where should the application read them from?',
    options: [
      {
        text: "The feature group's online store, with a GetRecord lookup",
        correct: true,
        why: 'The online store keeps the latest record per identifier for low-millisecond reads at inference time.',
      },
      {
        text: 'The offline store of the feature group, queried with Amazon Athena',
        correct: false,
        why: 'The offline store in S3 holds the full history for training and batch work; SQL queries over it are too slow for real-time reads.',
      },
      {
        text: 'A Data Wrangler flow run again for every request',
        correct: false,
        why: 'A data flow prepares data in batches; rerunning it per payment would be far too slow and is not a serving mechanism.',
      },
      {
        text: 'The SageMaker Model Registry entry of the model',
        correct: false,
        why: 'Model Registry stores model versions and metadata, not feature values.',
      },
    ],
  },
  {
    id: 'feature-store-offline-history',
    topic: 'feature-store',
    heading: 'feature-groups-records-and-the-two-stores',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A data scientist needs every historical value of a feature group, not just the latest ones, to build a training dataset with SQL. What should she use?',
    options: [
      {
        text: 'The offline store in Amazon S3, queried with Amazon Athena',
        correct: true,
        why: 'The offline store keeps every record ever written, as Parquet files in your S3 bucket catalogued in AWS Glue, and is queried with Athena or the SageMaker Python SDK.',
      },
      {
        text: 'The online store, read record by record with GetRecord',
        correct: false,
        why: 'The online store keeps only the latest record for each identifier, so the history is not there.',
      },
      {
        text: 'The PutRecord API',
        correct: false,
        why: 'PutRecord writes single records into a feature group; it does not read history.',
      },
      {
        text: 'The Data Quality and Insights report of Data Wrangler',
        correct: false,
        why: 'That report flags data problems in a dataset; it does not return a feature group’s history.',
      },
    ],
  },
  {
    id: 'feature-store-one-source-of-values',
    topic: 'feature-store',
    heading: 'feature-groups-records-and-the-two-stores',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A model’s training features come from a batch notebook, but the live application computes the same features in its own code, slightly differently. Accuracy in production is lower than in testing. Which approach fixes this with the LEAST custom code?',
    options: [
      {
        text: 'Write the features once to a feature group; train offline, serve online',
        correct: true,
        why: 'With both stores enabled Feature Store keeps them in sync, so training and production read the same values and training-serving skew disappears.',
      },
      {
        text: 'Run an Automatic Model Tuning job to find hyperparameters that tolerate the difference',
        correct: false,
        why: 'Tuning changes training settings; the inputs would still be computed two different ways.',
      },
      {
        text: 'Retrain the model every day on the freshest production data',
        correct: false,
        why: 'Fresh data does not help when the live application computes features differently from training.',
      },
      {
        text: 'Have each application team document its own feature code in a wiki',
        correct: false,
        why: 'Documentation alone keeps two computations alive; serving one stored set of values is what removes the mismatch.',
      },
    ],
  },
  {
    id: 'feature-store-feature-group-facts',
    topic: 'feature-store',
    heading: 'feature-groups-records-and-the-two-stores',
    task: '1.3',
    scope: 'deeper',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about Feature Store feature groups are true? (Choose two.)',
    options: [
      {
        text: 'Every record has a record identifier and an event time.',
        correct: true,
        why: 'The identifier (for example a customer ID) names the entity; the event time says when the values were true.',
      },
      {
        text: 'At least one of the online store and the offline store must be enabled.',
        correct: true,
        why: 'When you create a feature group you enable the online store, the offline store, or both; one is required.',
      },
      {
        text: 'The offline store keeps only the latest record for each identifier.',
        correct: false,
        why: 'It is the online store that keeps only the latest record; the offline store keeps every record ever written.',
      },
      {
        text: 'The online store is queried with SQL through Amazon Athena.',
        correct: false,
        why: 'Athena queries the offline store in S3; the online store is read by record lookups through the API.',
      },
      {
        text: 'Feature Store holds only feature metadata; the values stay in the source systems.',
        correct: false,
        why: 'Feature Store keeps the metadata and the values too: the latest ones online and the full history offline.',
      },
    ],
  },
  {
    id: 'feature-store-ingestion',
    topic: 'feature-store',
    heading: 'how-features-get-in',
    task: '1.3',
    scope: 'deeper',
    format: 'matching',
    stem: 'Match each source of feature data to the way it gets into Feature Store.',
    pairs: [
      {
        prompt: 'Features prepared in a visual data flow',
        answer: 'Export straight from Data Wrangler into a feature group',
        why: 'Data Wrangler can publish the features of a flow directly into Feature Store.',
      },
      {
        prompt: 'A nightly pandas DataFrame or Spark job',
        answer: 'Batch ingestion with the SDK',
        why: 'Whole datasets are ingested in batches through the SageMaker Python SDK.',
      },
      {
        prompt: 'Single events, written the moment they happen',
        answer: 'The PutRecord API',
        why: 'Streaming writes go in record by record through PutRecord.',
      },
      {
        prompt: 'A transformation from raw data to features that should run the same way every time',
        answer: 'Feature processing code that ingests on every run',
        why: 'Feature processing defines the transformation once and ingests its results consistently.',
      },
    ],
  },
  {
    id: 'feature-store-discover',
    topic: 'feature-store',
    heading: 'finding-and-reusing-features',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Before engineering new features, a data scientist wants to browse and search the existing feature groups of the company, with their descriptions and tags. Where can she do this?',
    options: [
      {
        text: 'In the Feature Store view of SageMaker Studio',
        correct: true,
        why: 'Studio lists and searches feature groups and shows their features, descriptions, tags and which store they use.',
      },
      {
        text: 'In the SageMaker Model Dashboard',
        correct: false,
        why: 'The Model Dashboard gives one view of deployed models and their monitoring, not of features.',
      },
      {
        text: 'In SageMaker JumpStart',
        correct: false,
        why: 'JumpStart is a hub of pre-trained models and solutions; it does not list your feature groups.',
      },
      {
        text: 'In the SageMaker Canvas ready-to-use models page',
        correct: false,
        why: 'Ready-to-use models are pre-built predictions powered by Rekognition, Textract and Comprehend; they do not list feature groups.',
      },
    ],
  },
];
