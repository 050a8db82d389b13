import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'canvas-analysts-churn',
    topic: 'canvas',
    heading: 'key-facts',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'Marketing analysts with no ML experience want to predict which customers will churn, using a CSV export of customer history. Nobody on the team writes code. Which option fits?',
    options: [
      {
        text: 'Build a custom model in SageMaker Canvas',
        correct: true,
        why: 'Canvas is the no-code way to do ML: import the CSV, pick the column to predict, and AutoML builds the model.',
      },
      {
        text: 'Train XGBoost from a JupyterLab notebook in SageMaker Studio',
        correct: false,
        why: 'Studio is for people who write code; the analysts would have to write the training code themselves.',
      },
      {
        text: 'Call the SageMaker Autopilot API',
        correct: false,
        why: 'Autopilot is the AutoML engine behind Canvas, but calling its API or SDK takes code.',
      },
      {
        text: 'Prompt a foundation model in Amazon Bedrock with the CSV file',
        correct: false,
        why: 'Bedrock is API access to foundation models for developers; it does not train a churn model on the company’s tabular history.',
      },
    ],
  },
  {
    id: 'canvas-receipts',
    topic: 'canvas',
    heading: 'ready-to-use-models',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A finance team wants to pull the totals and line items out of scanned receipts without training a model and without writing code. What should it use?',
    options: [
      {
        text: 'The expense analysis ready-to-use model in SageMaker Canvas',
        correct: true,
        why: 'Canvas ready-to-use models need no training; expense analysis is powered by Amazon Textract and reads receipts and invoices.',
      },
      {
        text: 'A Canvas custom model trained on labeled receipts',
        correct: false,
        why: 'A custom model means preparing training data and building a model, which the team wants to avoid.',
      },
      {
        text: 'The entities extraction ready-to-use model',
        correct: false,
        why: 'Entities extraction is powered by Amazon Comprehend and works on text; it does not read the fields of a scanned document.',
      },
      {
        text: 'The text detection in images ready-to-use model',
        correct: false,
        why: 'Text detection, powered by Rekognition, finds text in photos but does not return receipt fields such as totals and line items.',
      },
    ],
  },
  {
    id: 'canvas-powered-by',
    topic: 'canvas',
    heading: 'ready-to-use-models',
    task: '1.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each Canvas capability to the AWS service or feature that powers it.',
    pairs: [
      {
        prompt: 'Sentiment analysis of customer comments',
        answer: 'Amazon Comprehend',
        why: 'The text ready-to-use models (sentiment, entities, language, personal information) run on Comprehend.',
      },
      {
        prompt: 'Object detection in product photos',
        answer: 'Amazon Rekognition',
        why: 'The image ready-to-use models run on Rekognition.',
      },
      {
        prompt: 'Identity document analysis',
        answer: 'Amazon Textract',
        why: 'The document ready-to-use models (expense, identity, document analysis and queries) run on Textract.',
      },
      {
        prompt: 'A custom churn model built from a CSV file',
        answer: 'SageMaker Autopilot',
        why: 'Canvas custom models are built by AutoML powered by Autopilot.',
      },
      {
        prompt: 'Available straight away in Canvas chat, with no model to start first',
        answer: 'Amazon Bedrock foundation models',
        why: 'Bedrock models are ready at once in Canvas chat, whereas JumpStart models must be started first.',
      },
    ],
  },
  {
    id: 'canvas-custom-model-types',
    topic: 'canvas',
    heading: 'custom-models-with-automl',
    task: '1.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each prediction goal to the Canvas custom model type that fits.',
    pairs: [
      {
        prompt: 'The expected sales value of a deal',
        answer: 'Numeric prediction (regression)',
        why: 'Predicting a number is regression.',
      },
      {
        prompt: 'Will this customer churn: yes or no?',
        answer: '2-category prediction (binary classification)',
        why: 'Two possible answers make it binary classification.',
      },
      {
        prompt: 'Which of four product tiers a lead will buy',
        answer: '3+ category prediction (multiclass classification)',
        why: 'Three or more classes make it multiclass classification.',
      },
      {
        prompt: 'Weekly demand per item for the next quarter',
        answer: 'Time series forecasting',
        why: 'Values over future time steps are a forecast.',
      },
      {
        prompt: 'Whether a part is defective, from a photo',
        answer: 'Single-label image prediction',
        why: 'One label for a whole image is image classification.',
      },
      {
        prompt: 'Route an email to billing, sales or support',
        answer: 'Multi-category text prediction',
        why: 'Several classes for a piece of text is multiclass text classification.',
      },
    ],
  },
  {
    id: 'canvas-foundation-models',
    topic: 'canvas',
    heading: 'foundation-models-in-canvas',
    task: '2.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about foundation models in SageMaker Canvas are true? (Choose two.)',
    options: [
      {
        text: 'Amazon Bedrock models are available in Canvas chat straight away.',
        correct: true,
        why: 'Bedrock models need no start-up step in Canvas.',
      },
      {
        text: 'JumpStart models must be started first and cost money while they run, so unused ones should be shut down.',
        correct: true,
        why: 'A JumpStart model runs on instances while it is up, and those instances are billed until you shut it down.',
      },
      {
        text: 'Using them in Canvas requires Python code with the SageMaker SDK.',
        correct: false,
        why: 'Canvas chat is point-and-click; no code is needed.',
      },
      {
        text: 'They cannot be fine-tuned from Canvas.',
        correct: false,
        why: 'Some of them can be fine-tuned on your own prompt-and-response examples from the Canvas UI.',
      },
      {
        text: 'They count as Canvas ready-to-use models, powered by Amazon Comprehend.',
        correct: false,
        why: 'Canvas keeps them apart: ready-to-use models run on Rekognition, Textract and Comprehend, while Bedrock and JumpStart models appear as foundation models.',
      },
    ],
  },
  {
    id: 'canvas-autopilot-engine',
    topic: 'canvas',
    heading: 'custom-models-with-automl',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'When an analyst builds a custom model in SageMaker Canvas, which SageMaker AI capability trains and compares the candidate models behind the scenes?',
    options: [
      {
        text: 'SageMaker Autopilot',
        correct: true,
        why: 'Canvas custom models are built by AutoML powered by Autopilot, which tries candidate models and keeps the best.',
      },
      {
        text: 'Automatic Model Tuning on its own',
        correct: false,
        why: 'AMT tunes the hyperparameters of one training setup you chose; Autopilot runs the wider AutoML search.',
      },
      {
        text: 'SageMaker JumpStart',
        correct: false,
        why: 'JumpStart provides pre-trained and foundation models; it does not build custom tabular models from a dataset.',
      },
      {
        text: 'Amazon Bedrock',
        correct: false,
        why: 'Bedrock serves foundation models through an API; it does not run AutoML on your table.',
      },
    ],
  },
  {
    id: 'canvas-full-control',
    topic: 'canvas',
    heading: 'canvas-autopilot-studio-who-uses-what',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'Experienced data scientists need full control over their training code and algorithms. Which environment fits them?',
    options: [
      {
        text: 'SageMaker Studio with their own scripts and algorithms',
        correct: true,
        why: 'Studio is the IDE for people who write code (JupyterLab, Code Editor) and reaches every SageMaker AI tool.',
      },
      {
        text: 'SageMaker Canvas custom models built with AutoML',
        correct: false,
        why: 'Canvas hides the training code behind AutoML; it is built for analysts who do not code.',
      },
      {
        text: 'SageMaker Canvas ready-to-use models',
        correct: false,
        why: 'Ready-to-use models involve no training at all; they call Rekognition, Textract or Comprehend.',
      },
      {
        text: 'The Amazon Bedrock playgrounds',
        correct: false,
        why: 'Playgrounds are for trying prompts on foundation models, not for writing and running training code.',
      },
    ],
  },
  {
    id: 'canvas-where-it-runs',
    topic: 'canvas',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'An administrator has set up SageMaker AI for a team of business analysts, who ask where they will find SageMaker Canvas. How is Canvas offered?',
    options: [
      {
        text: 'As its own no-code application in a SageMaker AI domain',
        correct: true,
        why: 'Canvas is a separate application of the domain: users open it from the SageMaker AI console or from the list of applications in Studio. It is not a part of Studio itself.',
      },
      {
        text: 'As a notebook extension inside SageMaker Studio Classic',
        correct: false,
        why: 'Canvas was never a notebook extension, and Studio Classic is closed to new onboarding.',
      },
      {
        text: 'As a feature of the Amazon Bedrock console playgrounds',
        correct: false,
        why: 'Canvas uses Bedrock models in its chat, but it belongs to SageMaker AI, not to the Bedrock console.',
      },
      {
        text: 'As a visual transform inside Data Wrangler flows',
        correct: false,
        why: 'It is the other way round: Data Wrangler now runs inside Canvas.',
      },
    ],
  },
  {
    id: 'canvas-grocer-analyst-forecast',
    topic: 'canvas',
    heading: 'custom-models-with-automl',
    task: '1.2',
    scope: 'exam',
    caseStudy: 'case-grocer-demand-forecast',
    format: 'single',
    stem: 'The category analysts want to build a first weekly demand forecast themselves from the sales data, without writing code. What should they build?',
    options: [
      {
        text: 'A time series forecasting model in SageMaker Canvas',
        correct: true,
        why: 'Canvas has a time series forecasting model type, built without code from data with a date column, which predicts values for future periods.',
      },
      {
        text: 'A numeric prediction model in SageMaker Canvas',
        correct: false,
        why: 'Numeric prediction (regression) predicts one number per row from its columns; it does not forecast a series forward in time.',
      },
      {
        text: 'A prompt to a Bedrock model that pastes in the sales table',
        correct: false,
        why: 'A foundation model is not a forecasting model, and years of store-level sales do not fit in a prompt.',
      },
      {
        text: 'A DeepAR training job started from a JupyterLab notebook',
        correct: false,
        why: 'DeepAR forecasts well, but a training job from a notebook needs code, which the analysts do not write.',
      },
    ],
  },
  {
    id: 'canvas-parts-no-code-first-model',
    topic: 'canvas',
    heading: 'custom-models-with-automl',
    task: '1.2',
    scope: 'exam',
    caseStudy: 'case-manufacturer-part-inspection',
    format: 'single',
    stem: 'Once photos are labelled defective or good, the line managers want to build their own first model without code. What should they build?',
    options: [
      {
        text: 'A single-label image prediction model in SageMaker Canvas',
        correct: true,
        why: 'Single-label image prediction is the Canvas custom model type for one label per image, built without code.',
      },
      {
        text: 'An object detection ready-to-use model in Canvas',
        correct: false,
        why: "The ready-to-use model finds common objects with Amazon Rekognition; it does not learn what the plant's defects look like.",
      },
      {
        text: 'A 2-category prediction model on a CSV of file names',
        correct: false,
        why: 'A tabular model sees only the columns of the CSV; file names carry no information about scratches.',
      },
      {
        text: 'A JumpStart image model fine-tuned from a notebook',
        correct: false,
        why: 'Fine-tuning from a notebook works, but it needs code, which the line managers do not write.',
      },
    ],
  },
  {
    id: 'canvas-reviews-sentiment-no-code',
    topic: 'canvas',
    heading: 'ready-to-use-models',
    task: '1.2',
    scope: 'exam',
    format: 'single',
    stem: 'A marketing analyst wants the sentiment of 2,000 product reviews in a spreadsheet, without training a model and without writing code. What should she use?',
    options: [
      {
        text: 'The sentiment analysis ready-to-use model in Canvas',
        correct: true,
        why: 'Canvas ready-to-use models need no training; sentiment analysis (powered by Amazon Comprehend) runs on a whole dataset from the Canvas interface.',
      },
      {
        text: 'A Canvas 3+ category model trained on labelled reviews',
        correct: false,
        why: 'A custom model needs labelled reviews and a training run, which the analyst wants to avoid.',
      },
      {
        text: 'A BlazingText training job in SageMaker AI',
        correct: false,
        why: 'BlazingText trains a text classifier, which needs labels, code and a training job.',
      },
      {
        text: 'The Amazon Comprehend sentiment API called from a script',
        correct: false,
        why: 'Comprehend gives the same sentiment, but calling its API means writing code.',
      },
    ],
  },
  {
    id: 'canvas-chat-draft-summaries',
    topic: 'canvas',
    heading: 'foundation-models-in-canvas',
    task: '2.3',
    scope: 'exam',
    format: 'single',
    stem: 'A business analyst who builds no-code models in SageMaker Canvas now wants to summarize customer emails and draft replies with a foundation model, without writing code and without starting any model first. What should she use?',
    options: [
      {
        text: 'Canvas chat with an Amazon Bedrock model',
        correct: true,
        why: 'Canvas chat offers generative AI without code, and Bedrock models are available in it straight away, with nothing to start.',
      },
      {
        text: 'Canvas chat with a JumpStart model she starts',
        correct: false,
        why: 'JumpStart models work in Canvas chat too, but they must be started first and cost money while they run, which the stem rules out.',
      },
      {
        text: 'A Canvas 3+ category text prediction model',
        correct: false,
        why: 'A text prediction model sorts text into categories; it does not write summaries or replies.',
      },
      {
        text: 'A sentiment analysis ready-to-use model',
        correct: false,
        why: 'Sentiment analysis labels each email positive, negative or neutral; it generates no text.',
      },
    ],
  },
];
