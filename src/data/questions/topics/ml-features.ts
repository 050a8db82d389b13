import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'ml-features-what-is-a-feature',
    topic: 'ml-features',
    heading: 'key-facts',
    task: '1.1',
    scope: 'exam',
    format: 'single',
    stem: 'A telecom company trains a model that predicts whether a customer will cancel the contract. In this model, what are the features?',
    options: [
      {
        text: 'Input variables such as tenure, monthly spend and support calls',
        correct: true,
        why: 'Features are the inputs the model learns from during training and receives again at inference, usually one column each.',
      },
      {
        text: 'The column that records whether each past customer cancelled',
        correct: false,
        why: 'That column is the label (target): the answer the model learns to predict, not an input.',
      },
      {
        text: 'The learning rate and tree count chosen before training',
        correct: false,
        why: 'Those are hyperparameters: settings of the training process, not columns of the data.',
      },
      {
        text: 'The weights the model learns during training',
        correct: false,
        why: 'Weights are model parameters learned from the features; they are the result of training, not its inputs.',
      },
    ],
  },
  {
    id: 'ml-features-birth-date',
    topic: 'ml-features',
    heading: 'from-raw-customer-data-to-engineered-features',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A customer table holds each customer’s birth date. Which engineered feature will MOST likely help a model that predicts product interest?',
    options: [
      {
        text: 'The customer’s age, computed from the birth date',
        correct: true,
        why: 'A raw date means little to a model; age is a number it can compare across customers.',
      },
      {
        text: 'The birth date kept as a text string',
        correct: false,
        why: 'A date string is almost unique per customer and carries no order the model can use until it is turned into something like age.',
      },
      {
        text: 'A category for every distinct birth date',
        correct: false,
        why: 'Thousands of categories with one or two examples each give the model nothing to generalize from.',
      },
      {
        text: 'The customer’s name instead of the birth date',
        correct: false,
        why: 'A name says little that generalizes and is personal data; it is kept as an identifier at most.',
      },
    ],
  },
  {
    id: 'ml-features-training-serving-skew',
    topic: 'ml-features',
    heading: 'features-at-training-time-and-at-inference-time',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A model was trained with customer age in years. The production application sends age in months. Nothing fails, but the predictions are poor. What is the problem, and what prevents it?',
    options: [
      {
        text: 'Training-serving skew; compute each feature once, e.g. in Feature Store',
        correct: true,
        why: 'The feature is computed differently in production than in training; one shared definition and one store (Feature Store’s offline and online stores) remove the mismatch.',
      },
      {
        text: 'Overfitting; add regularization and retrain the model on more data',
        correct: false,
        why: 'Overfitting means the model memorized its training data; here the model is fine but receives inputs computed differently.',
      },
      {
        text: 'Data drift; retrain the model every month on the most recent production data',
        correct: false,
        why: 'Drift is the real world changing over time; here the world is the same and only the computation of the feature differs, which retraining does not fix.',
      },
      {
        text: 'Underfitting; add more features and train a more complex model',
        correct: false,
        why: 'Underfitting is a model too simple for the data; more features do nothing about inputs sent in the wrong unit.',
      },
    ],
  },
  {
    id: 'ml-features-leakage',
    topic: 'ml-features',
    heading: 'what-makes-a-good-reusable-feature',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team builds a model that predicts which customers will churn next month. Which candidate feature should it leave out?',
    options: [
      {
        text: 'Account closed date',
        correct: true,
        why: 'It is only known after the customer has churned, so it leaks the answer into training and is not available when predicting.',
      },
      {
        text: 'Number of support calls in the last month',
        correct: false,
        why: 'It is known before the outcome and available at inference time, so it is a legitimate feature.',
      },
      {
        text: 'Tenure in months',
        correct: false,
        why: 'Tenure is known when the prediction is made and often relates to churn.',
      },
      {
        text: 'Income group',
        correct: false,
        why: 'An engineered, available-at-inference feature; like any proxy for a protected group it should be checked for bias, but it does not leak the outcome.',
      },
    ],
  },
  {
    id: 'ml-features-reusable',
    topic: 'ml-features',
    heading: 'what-makes-a-good-reusable-feature',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'A company wants features that several teams can reuse across models. Which two properties should each feature have? (Choose two.)',
    options: [
      {
        text: 'It is available at the moment a prediction is made.',
        correct: true,
        why: 'A feature that only exists after the outcome cannot be sent at inference and leaks the answer into training.',
      },
      {
        text: 'It has one documented definition, a clear name and an owner.',
        correct: true,
        why: 'One definition lets other teams trust and reuse the feature instead of rebuilding it, and keeps models consistent.',
      },
      {
        text: 'Each team computes it in its own way to suit its model.',
        correct: false,
        why: 'Separate computations drift apart and cause training-serving skew; reuse needs one shared computation.',
      },
      {
        text: 'It is derived from the label column.',
        correct: false,
        why: 'A feature built from the label leaks the answer: the model looks perfect in training and fails in production.',
      },
      {
        text: 'It keeps as many distinct raw values as possible, such as every street address.',
        correct: false,
        why: 'Thousands of distinct values leave few examples per value; grouping them (for example into regions) usually helps the model more.',
      },
    ],
  },
  {
    id: 'ml-features-raw-to-engineered',
    topic: 'ml-features',
    heading: 'from-raw-customer-data-to-engineered-features',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each raw customer column to what feature engineering usually makes of it.',
    pairs: [
      {
        prompt: 'Birth date',
        answer: 'Age',
        why: 'The years between the birth date and the event give a number the model can compare.',
      },
      {
        prompt: 'Income',
        answer: 'Income group (low, middle, high)',
        why: 'Ranges smooth out noise and outliers so similar customers fall into one group.',
      },
      {
        prompt: 'Street address or city',
        answer: 'Location group (region, or urban versus rural)',
        why: 'Thousands of places become a few groups with enough examples each.',
      },
      {
        prompt: 'Name',
        answer: 'Kept only as an identifier, or dropped',
        why: 'A name says little that generalizes and is personal data.',
      },
    ],
  },
  {
    id: 'ml-features-where-in-sagemaker',
    topic: 'ml-features',
    heading: 'where-features-are-made-and-kept-in-sagemaker-ai',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each need to the SageMaker AI service that serves it.',
    pairs: [
      {
        prompt: 'Have people add the target labels to raw images',
        answer: 'Ground Truth',
        why: 'Ground Truth creates labels (the target) with human workers, not features; it is closed to new customers but still exam material.',
      },
      {
        prompt: 'Explore data and engineer features with little code',
        answer: 'Data Wrangler',
        why: 'Data Wrangler prepares data and creates features in a visual interface, today inside Canvas.',
      },
      {
        prompt: 'Store, share, discover and serve finished features',
        answer: 'Feature Store',
        why: 'Feature Store keeps features with their metadata and serves them to training (offline) and inference (online).',
      },
      {
        prompt: 'See which features drive predictions and check them for bias',
        answer: 'Clarify',
        why: 'Clarify explains predictions and measures bias; it is closed to new customers but remains the exam’s answer.',
      },
    ],
  },
  {
    id: 'ml-features-grocer-date-features',
    topic: 'ml-features',
    heading: 'from-raw-customer-data-to-engineered-features',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-grocer-demand-forecast',
    format: 'single',
    stem: 'The raw sales data holds only the date of each sale. Which engineered features are MOST likely to help the weekly demand forecast?',
    options: [
      {
        text: 'Week of the year and a flag for public holidays',
        correct: true,
        why: 'Demand follows seasons and holidays; turning the date into the week and a holiday flag gives the model those patterns directly.',
      },
      {
        text: 'The date kept as a text string such as 2026-03-14',
        correct: false,
        why: 'A date as text is an identifier the model cannot compare or generalize from.',
      },
      {
        text: 'A separate category for every distinct date',
        correct: false,
        why: 'Every date is new in the future, so a category per date teaches nothing that carries over.',
      },
      {
        text: "The sale's row number in the exported file",
        correct: false,
        why: 'The row number depends on how the file was exported and says nothing about demand.',
      },
    ],
  },
];
