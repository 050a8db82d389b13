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
        why: 'A2I sends predictions that meet the conditions of a flow definition, such as a confidence below a threshold, to human reviewers; Textract is one of its built-in task types. It is the exam’s answer, although AWS no longer opens it to new customers. On the exam: Amazon A2I. In a new account today: A2I takes no new customers; accounts that already use it carry on.',
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
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A retailer has 200,000 unlabelled product photos and needs people to draw boxes around the products so it can train an object detection model. Which AWS service is built for this?',
    options: [
      {
        text: 'Amazon SageMaker Ground Truth',
        correct: true,
        why: 'Creating labels for a training set before any model exists is Ground Truth’s job (also closed to new customers today, but still the exam’s answer). On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.',
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
        text: 'A human-based model evaluation job in Amazon Bedrock',
        correct: true,
        why: 'Human-based model evaluation of Bedrock models belongs to Amazon Bedrock Evaluations, the service this site describes as offering an AWS-managed rating team.',
      },
      {
        text: "Amazon A2I human loops on the Bedrock model's answers",
        correct: false,
        why: 'A2I reviews single predictions of a model in production; it does not run a rating study to choose between models, and it is closed to new customers.',
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
    stem: 'Which two statements about Amazon Augmented AI (A2I) are true? (Choose two.)',
    options: [
      {
        text: 'Amazon Textract and Amazon Rekognition have built-in A2I task types that start human loops on their own when the conditions are met.',
        correct: true,
        why: 'With a built-in task type the AWS service itself starts a human loop for each item that meets the flow definition’s conditions. On the exam: Amazon A2I. In a new account today: A2I takes no new customers; accounts that already use it carry on.',
      },
      {
        text: "A custom task type sends any model's predictions, a SageMaker AI endpoint's included, to reviewers",
        correct: true,
        why: 'For a custom task type the application starts the human loop itself, so any model’s output can be reviewed.',
      },
      {
        text: 'A2I is the AWS service for labelling raw images and text before any model has been trained on them',
        correct: false,
        why: 'That is Ground Truth; A2I reviews predictions of a model that is already in use.',
      },
      {
        text: 'A2I computes ROUGE and BERTScore to rate foundation model answers.',
        correct: false,
        why: 'Those automatic metrics come from Clarify FM evaluation (fmeval) or Bedrock Evaluations; A2I puts people, not metrics, on predictions.',
      },
      {
        text: 'A2I trains a reward model from the reviewers’ corrections.',
        correct: false,
        why: 'A2I stores the reviewed results in Amazon S3 for your application; training a reward model from human preferences is part of RLHF, with data collected in Ground Truth.',
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
        text: 'Create a worker task template and a flow definition (workforce, template, S3 output)',
        why: 'The review workflow must exist before any item can be sent to it. For a custom task type it holds no activation conditions: the application decides.',
      },
      {
        text: 'The model returns a prediction with a low confidence score',
        why: 'A prediction is what triggers the review; high-confidence ones skip it.',
      },
      {
        text: 'The application decides the item needs review and starts a human loop',
        why: 'Activation conditions exist only for the built-in task types; with a custom task type the application applies its own rule and calls StartHumanLoop.',
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
  {
    id: 'human-review-isp-refund-check',
    topic: 'human-review',
    heading: 'built-in-and-custom-task-types',
    task: '4.1',
    scope: 'exam',
    caseStudy: 'case-isp-support-chatbot',
    format: 'single',
    stem: 'Before the chatbot shows a customer a refund promise above the set amount, a support agent must approve or correct it. Which option is built for this human step?',
    options: [
      {
        text: 'Amazon A2I with a custom task type that the app starts',
        correct: true,
        why: 'With a custom task type the application decides which outputs need a person (here, refunds above the amount) and starts a human loop for each. On the exam: Amazon A2I. In a new account today: A2I takes no new customers; accounts that already use it carry on.',
      },
      {
        text: 'Amazon A2I with the built-in Amazon Textract task type',
        correct: false,
        why: "The Textract task type reviews key-value pairs extracted from documents, not a chatbot's answers.",
      },
      {
        text: "A Ground Truth labeling job on each day's chat logs",
        correct: false,
        why: 'A labeling job produces training data after the fact; the customer would already have seen the promise.',
      },
      {
        text: 'A human evaluation job in Amazon Bedrock Evaluations',
        correct: false,
        why: 'Model evaluation rates answers to choose or improve a model; it does not hold back a live answer for approval.',
      },
    ],
  },
  {
    id: 'human-review-hospital-low-confidence',
    topic: 'human-review',
    heading: 'what-amazon-a2i-does',
    task: '4.1',
    scope: 'exam',
    caseStudy: 'case-hospital-xray-triage',
    format: 'single',
    stem: 'After launch, how should X-rays that the model scores with low confidence reach a radiologist before their result is used?',
    options: [
      {
        text: 'Through an Amazon A2I human review workflow',
        correct: true,
        why: 'A2I puts a person between a low-confidence prediction and its use: the application starts a human loop and the reviewed answer comes back. On the exam: Amazon A2I. In a new account today: A2I takes no new customers; accounts that already use it carry on.',
      },
      {
        text: 'Through a new Ground Truth labeling job each night',
        correct: false,
        why: 'Labeling jobs build training data in batches; they do not hold back a single prediction until a person has checked it.',
      },
      {
        text: 'Through a Model Monitor data quality schedule',
        correct: false,
        why: 'Model Monitor reports drift across many requests on a schedule; it routes no single prediction to a person.',
      },
      {
        text: 'Through a Clarify explainability report per image',
        correct: false,
        why: 'An explanation shows what drove a prediction; it does not bring in a radiologist before the result is used.',
      },
    ],
  },
];
