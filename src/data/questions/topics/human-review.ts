import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'human-review-textract-low-confidence',
    topic: 'human-review',
    heading: 'what-amazon-a2i-does',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: 'A bank extracts fields from scanned loan applications with Amazon Textract. Any field extracted with less than 90% confidence must be checked by a person before it enters the loan system. Which AWS service is built for this review step?',
    options: [
      {
        text: 'Amazon Augmented AI (A2I)',
        correct: true,
        why: 'A2I sends predictions that meet the conditions of a flow definition, such as a confidence below a threshold, to human reviewers; Textract is one of its built-in task types. It is the exam’s answer, although AWS no longer opens it to new customers.',
      },
      {
        text: 'Amazon SageMaker Ground Truth',
        correct: false,
        why: 'Ground Truth labels data to build training sets; it does not sit between a live prediction and the decision it drives.',
      },
      {
        text: 'Amazon SageMaker Model Monitor',
        correct: false,
        why: 'Model Monitor compares batches of live data with a baseline on a schedule and alerts on drift; it does not send single predictions to a person.',
      },
      {
        text: 'Amazon Bedrock Evaluations with human workers',
        correct: false,
        why: 'Bedrock human evaluation rates the answers of a model to judge the model; it is not a review step for each live prediction.',
      },
    ],
  },
  {
    id: 'human-review-labels-before-training',
    topic: 'human-review',
    heading: 'how-to-choose-who-the-humans-are-working-for',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: 'A retailer has 200,000 unlabelled product photos and needs people to draw boxes around the products so it can train an object detection model. Which service does the question point to?',
    options: [
      {
        text: 'Amazon SageMaker Ground Truth',
        correct: true,
        why: 'Creating labels for a training set before any model exists is Ground Truth’s job (also closed to new customers today, but still the exam’s answer).',
      },
      {
        text: 'Amazon Augmented AI (A2I)',
        correct: false,
        why: 'A2I reviews the predictions of a model that is already running; here there is no model yet, only data to label.',
      },
      {
        text: 'SageMaker Clarify foundation model evaluation',
        correct: false,
        why: 'Clarify’s human evaluation has a work team rate a foundation model’s answers; it does not produce bounding boxes for training data.',
      },
      {
        text: 'Amazon Rekognition image moderation',
        correct: false,
        why: 'Rekognition moderation detects unsafe content with a pre-trained model; it does not have people draw labels for your own dataset.',
      },
    ],
  },
  {
    id: 'human-review-managed-rating-team',
    topic: 'human-review',
    heading: 'how-to-choose-who-the-humans-are-working-for',
    task: '3.4',
    scope: 'exam',
    format: 'single',
    stem: 'A company is choosing between two foundation models it uses through Amazon Bedrock. It wants people to rate the answers for helpfulness and brand tone, and it has no reviewers of its own, so AWS should provide and manage the team. What should it use?',
    options: [
      {
        text: 'A human-based model evaluation job in Amazon Bedrock Evaluations, managed by AWS',
        correct: true,
        why: 'Bedrock Evaluations offers human evaluation with your own team or with a team AWS manages, for rating and comparing model answers.',
      },
      {
        text: 'Amazon Augmented AI with a built-in task type',
        correct: false,
        why: 'A2I reviews individual live predictions, and its built-in types are Textract and Rekognition; it does not compare foundation models.',
      },
      {
        text: 'SageMaker Clarify human evaluation with an AWS-managed team',
        correct: false,
        why: 'This is what older study material describes, but today Clarify’s human evaluation uses your own work team; an AWS-managed team belongs to Bedrock Evaluations.',
      },
      {
        text: 'SageMaker Ground Truth automated data labeling',
        correct: false,
        why: 'Automated labeling speeds up building a training set; it does not rate model answers for tone.',
      },
    ],
  },
  {
    id: 'human-review-two-true-statements',
    topic: 'human-review',
    heading: 'built-in-and-custom-task-types',
    task: '4.1',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about Amazon Augmented AI (A2I) are true? Choose two.',
    options: [
      {
        text: 'Amazon Textract and Amazon Rekognition have built-in A2I task types that start human loops on their own when the conditions are met.',
        correct: true,
        why: 'With a built-in task type the AWS service itself starts a human loop for each item that meets the flow definition’s conditions.',
      },
      {
        text: 'A custom task type lets an application send predictions of any model, including a SageMaker AI endpoint, to human reviewers.',
        correct: true,
        why: 'For a custom task type the application starts the human loop itself, so any model’s output can be reviewed.',
      },
      {
        text: 'A2I is the AWS service for labelling raw data before a model is trained.',
        correct: false,
        why: 'That is Ground Truth; A2I reviews predictions of a model that is already in use.',
      },
      {
        text: 'A2I computes ROUGE and BERTScore to rate foundation model answers.',
        correct: false,
        why: 'Those automatic metrics come from Clarify FM evaluation (fmeval) or Bedrock Evaluations; A2I puts people, not metrics, on predictions.',
      },
      {
        text: 'A new AWS account can still start using A2I today.',
        correct: false,
        why: 'AWS lists A2I as no longer open to new customers; existing customers keep using it.',
      },
    ],
  },
  {
    id: 'human-review-loop-order',
    topic: 'human-review',
    heading: 'what-amazon-a2i-does',
    task: '4.1',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the steps of an A2I review of a custom model’s prediction in order.',
    items: [
      {
        text: 'Create a worker task template and a flow definition (workforce, conditions, S3 output)',
        why: 'The review workflow must exist before any item can be sent to it.',
      },
      {
        text: 'The model returns a prediction with a low confidence score',
        why: 'A prediction is what triggers the review; high-confidence ones skip it.',
      },
      {
        text: 'The application starts a human loop for that prediction',
        why: 'With a custom task type the application, not an AWS service, starts the loop.',
      },
      {
        text: 'A reviewer checks or corrects the prediction in the task page',
        why: 'The human loop puts the item in front of the workforce named in the flow definition.',
      },
      {
        text: 'The reviewed result is written to Amazon S3 for the application to use',
        why: 'The flow definition names the S3 location where the human answers are stored.',
      },
    ],
  },
  {
    id: 'human-review-match-need',
    topic: 'human-review',
    heading: 'how-to-choose-who-the-humans-are-working-for',
    task: '3.4',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each need to the service that meets it.',
    pairs: [
      {
        prompt: 'Collect human rankings of model answers as RLHF preference data',
        answer: 'SageMaker Ground Truth',
        why: 'Ground Truth runs the human tasks that produce labels and preference data for training.',
      },
      {
        prompt: 'Have a moderator look at images the model flagged with low confidence',
        answer: 'Amazon Augmented AI (A2I)',
        why: 'Rekognition image moderation is a built-in A2I task type for reviewing uncertain predictions.',
      },
      {
        prompt: 'Have your own subject-matter experts compare two JumpStart models’ answers',
        answer: 'SageMaker Clarify FM evaluation',
        why: 'Clarify’s human evaluation jobs use your own work team to rate or compare up to two models.',
      },
      {
        prompt: 'Have an AWS-managed team rate a Bedrock model’s answers',
        answer: 'Amazon Bedrock Evaluations',
        why: 'An AWS-managed human evaluation team is a Bedrock Evaluations option.',
      },
    ],
  },
];
