import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'bias-variance-diagnose-overfit',
    topic: 'bias-variance',
    heading: 'how-to-tell-them-apart',
    task: '1.1',
    scope: 'exam',
    format: 'single',
    stem: 'A demand forecasting model has an error of 2% on its training data and 19% on the validation data. What is the most likely problem?',
    options: [
      {
        text: 'Overfitting (high variance)',
        correct: true,
        why: 'Low training error with much higher validation error means the model learned the training examples, noise included, and does not generalize.',
      },
      {
        text: 'Underfitting (high bias)',
        correct: false,
        why: 'An underfit model is wrong on the training data too; here the training error is low.',
      },
      {
        text: 'Data drift in production',
        correct: false,
        why: 'Drift happens after deployment when live data changes; this gap appears before deployment, between training and validation data.',
      },
      {
        text: 'A good fit that needs no change',
        correct: false,
        why: 'A good fit has training and validation errors that are both low and close together, not 2% against 19%.',
      },
    ],
  },
  {
    id: 'bias-variance-fix-underfit',
    topic: 'bias-variance',
    heading: 'what-to-do-about-each',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A linear model predicting delivery times is about equally wrong on the training data and the validation data, and both errors are high. Which change is most likely to help?',
    options: [
      {
        text: 'Use a more flexible model or add features',
        correct: true,
        why: 'High error on both sets is underfitting (high bias): the model is too simple for the pattern, so it needs more capacity or better features.',
      },
      {
        text: 'Add dropout and increase the regularization strength',
        correct: false,
        why: 'Regularization constrains the model further; it treats overfitting and would make underfitting worse.',
      },
      {
        text: 'Stop training earlier',
        correct: false,
        why: 'Early stopping limits how much the model learns; it fights overfitting, not a model that has not learned enough.',
      },
      {
        text: 'Evaluate on the test set more often',
        correct: false,
        why: 'Looking at the test set changes nothing about the model, and using it to steer choices spoils it as an unbiased final check.',
      },
    ],
  },
  {
    id: 'bias-variance-early-stopping',
    topic: 'bias-variance',
    heading: 'which-sagemaker-ai-features-help',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A team runs a hyperparameter tuning job in SageMaker AI with 200 training jobs. Many of them clearly will not beat earlier ones, and the team wants to cut compute cost and reduce the risk of overfitting without writing code. What should it turn on?',
    options: [
      {
        text: 'Early stopping in Automatic Model Tuning',
        correct: true,
        why: 'With early stopping set to Auto, SageMaker AI stops training jobs that are unlikely to improve on earlier ones; AWS names both less compute time and less overfitting as the benefits.',
      },
      {
        text: 'Network isolation on the training jobs',
        correct: false,
        why: 'Network isolation blocks the containers’ network access for security; it does not stop unpromising jobs.',
      },
      {
        text: 'A SageMaker Model Monitor schedule',
        correct: false,
        why: 'Model Monitor checks deployed models for drift; it does not manage training jobs.',
      },
      {
        text: 'A larger validation set',
        correct: false,
        why: 'More validation data gives a steadier score but still runs every job to the end.',
      },
    ],
  },
  {
    id: 'bias-variance-overfit-remedies',
    topic: 'bias-variance',
    heading: 'what-to-do-about-each',
    task: '4.1',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'An image classifier scores 99% on training images and 71% on new images. Which two actions reduce the problem? (Choose two.)',
    options: [
      {
        text: 'Collect more varied training images, or augment the existing ones',
        correct: true,
        why: 'More, and more varied, examples make it harder for the model to memorize particular images, which lowers variance.',
      },
      {
        text: 'Increase regularization',
        correct: true,
        why: 'Regularization penalizes overly complex models, pulling them toward patterns that generalize.',
      },
      {
        text: 'Add more layers so the network can fit the training data even better',
        correct: false,
        why: 'More capacity lets the model memorize even more; that is the cure for underfitting, not for this overfitting.',
      },
      {
        text: 'Train for many more epochs',
        correct: false,
        why: 'Training longer on the same data widens the gap; stopping earlier is the usual remedy.',
      },
      {
        text: 'Measure accuracy on the training images only',
        correct: false,
        why: 'Training accuracy hides overfitting; the gap only shows against data the model has not seen.',
      },
    ],
  },
  {
    id: 'bias-variance-data-splits',
    topic: 'bias-variance',
    heading: 'train-validation-and-test-data',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each part of the data to the job it does.',
    pairs: [
      {
        prompt: 'The model learns its parameters from it',
        answer: 'Training set',
        why: 'Training data is what the algorithm fits.',
      },
      {
        prompt: 'Compare models, tune hyperparameters and decide when to stop',
        answer: 'Validation set',
        why: 'The validation set steers development choices, and the gap to training error reveals overfitting.',
      },
      {
        prompt: 'Give one honest estimate of performance on new data at the end',
        answer: 'Test set',
        why: 'The test set stays untouched until the end so its score is not biased by earlier decisions.',
      },
    ],
  },
  {
    id: 'bias-variance-group-error',
    topic: 'bias-variance',
    heading: 'bias-and-variance-as-a-responsible-ai-problem',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: 'A speech model is 95% accurate overall but makes three times as many errors for speakers over 70, who make up 1% of the training recordings. What is the most likely cause, and what addresses it?',
    options: [
      {
        text: 'Too few recordings of older speakers; add more and track error per age group',
        correct: true,
        why: 'Too few examples of a group leave the model inaccurate for exactly those people; more balanced data fixes it, and subgroup analysis exposes it.',
      },
      {
        text: 'Underfitting across all speakers; switch to a larger network and train it longer',
        correct: false,
        why: 'Overall accuracy is high, so the model fits most speakers; the problem is one group the data barely covers.',
      },
      {
        text: 'Endpoint overload at peak hours; add instances behind the endpoint',
        correct: false,
        why: 'Scaling an endpoint changes capacity and latency, not the accuracy of its predictions for a group.',
      },
      {
        text: 'Unencrypted training data; encrypt the recordings with AWS KMS',
        correct: false,
        why: 'Encryption protects data; it has no effect on what the model learns from it.',
      },
    ],
  },
];
