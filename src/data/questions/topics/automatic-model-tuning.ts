import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'automatic-model-tuning-what-it-changes',
    topic: 'automatic-model-tuning',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'An ML engineer starts a SageMaker Automatic Model Tuning job for an XGBoost model. What does the tuning job vary from one training job to the next?',
    options: [
      {
        text: 'The hyperparameter values, within the ranges of the tuning job',
        correct: true,
        why: 'AMT improves a model by searching hyperparameter values such as tree depth or learning rate; the data and the algorithm stay the same.',
      },
      {
        text: 'The model weights, which it sets directly',
        correct: false,
        why: 'Weights are learned inside each training job; AMT only chooses the settings that training runs with.',
      },
      {
        text: 'The training data and the features',
        correct: false,
        why: 'AMT does not change the data; feature work belongs to tools such as Data Wrangler.',
      },
      {
        text: 'The algorithm, trying several candidate algorithms and preprocessing steps',
        correct: false,
        why: 'Trying whole candidate pipelines is what SageMaker Autopilot (AutoML) does; AMT tunes one training setup you already chose.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-autotune-objective',
    topic: 'automatic-model-tuning',
    heading: 'what-you-set-and-what-autotune-sets',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'A team enables Autotune on a hyperparameter tuning job. Which setting must the team still provide itself?',
    options: [
      {
        text: 'The objective metric, and whether to maximize or minimize it',
        correct: true,
        why: 'The objective metric is always yours; Autotune chooses the rest.',
      },
      {
        text: 'The search strategy',
        correct: false,
        why: 'With Autotune enabled, AMT chooses the strategy.',
      },
      {
        text: 'The maximum runtime and the number of training jobs',
        correct: false,
        why: 'Resource limits, including maximum runtime, are chosen by Autotune.',
      },
      {
        text: 'The early stopping setting',
        correct: false,
        why: 'Autotune also decides on early stopping (and on retries of failed jobs).',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-strategies',
    topic: 'automatic-model-tuning',
    heading: 'search-strategies',
    task: '1.3',
    scope: 'deeper',
    format: 'matching',
    stem: 'Match each description to the AMT search strategy.',
    pairs: [
      {
        prompt:
          'Treats tuning as a regression problem and uses the results so far to pick values likely to score better',
        answer: 'Bayesian',
        why: 'Bayesian search learns from earlier jobs, so it usually needs fewer training jobs; it is the SDK’s default.',
      },
      {
        prompt: 'Draws each set of values independently of earlier results, which suits many parallel jobs',
        answer: 'Random',
        why: 'Random search ignores earlier results, so all jobs can run at once; it is also a simple baseline.',
      },
      {
        prompt: 'Tries every combination of the categorical values you list',
        answer: 'Grid',
        why: 'Grid search is exhaustive and only accepts categorical hyperparameters.',
      },
      {
        prompt:
          'Checks results during training, gives more resources to promising settings and stops weak ones early',
        answer: 'Hyperband',
        why: 'Hyperband has its own early stopping and suits long, iterative training with telling early signals.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-long-training',
    topic: 'automatic-model-tuning',
    heading: 'search-strategies',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'A deep learning model trains for hundreds of epochs, and its validation loss after a few epochs already shows which settings are promising. Which search strategy uses those intermediate results to shift resources to promising settings and stop weak ones?',
    options: [
      {
        text: 'Hyperband',
        correct: true,
        why: 'Hyperband evaluates jobs during training, gives more resources to promising ones and stops the rest early.',
      },
      {
        text: 'Grid',
        correct: false,
        why: 'Grid search runs every combination of categorical values to completion; it does not reallocate resources between running jobs.',
      },
      {
        text: 'Random',
        correct: false,
        why: 'Random search picks values independently and does not use intermediate results.',
      },
      {
        text: 'Bayesian',
        correct: false,
        why: 'Bayesian search uses finished jobs to choose the next values; it does not itself move resources between jobs while they train.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-grid-categorical',
    topic: 'automatic-model-tuning',
    heading: 'search-strategies',
    task: '1.3',
    scope: 'deeper',
    format: 'single',
    stem: 'A team wants every combination of a small set of choices tried: optimizer in {adam, sgd} and batch size in {32, 64, 128}, each listed as a categorical value. Which strategy covers the space exhaustively?',
    options: [
      {
        text: 'Grid',
        correct: true,
        why: 'Grid search tries every combination of the listed categorical values, which suits small, discrete spaces.',
      },
      {
        text: 'Random',
        correct: false,
        why: 'Random search samples values and may repeat or skip combinations; it does not guarantee full coverage.',
      },
      {
        text: 'Bayesian',
        correct: false,
        why: 'Bayesian search aims for a good result in few jobs, steering away from unpromising values rather than covering all of them.',
      },
      {
        text: 'Hyperband',
        correct: false,
        why: 'Hyperband stops weak settings early to save resources, so not every combination is trained fully.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-save-cost',
    topic: 'automatic-model-tuning',
    heading: 'why-it-saves-time-and-money',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'A team wants its hyperparameter tuning jobs to cost less while still finding good settings. Which two actions help? (Choose two.)',
    options: [
      {
        text: 'Turn on early stopping so jobs unlikely to beat the best result end early',
        correct: true,
        why: 'Every training job stopped early is compute you do not pay for.',
      },
      {
        text: 'Start the new tuning job as a warm start from earlier tuning jobs',
        correct: true,
        why: 'A warm start reuses what earlier searches learned instead of searching from scratch.',
      },
      {
        text: 'Raise the maximum number of training jobs',
        correct: false,
        why: 'More training jobs can only add compute; it does not make the search cheaper.',
      },
      {
        text: 'Use grid search over the continuous learning-rate range so no value is missed',
        correct: false,
        why: 'Grid search only accepts categorical hyperparameters, and an exhaustive search is the opposite of saving runs.',
      },
      {
        text: 'Tune by hand, one training job at a time',
        correct: false,
        why: 'Manual tuning costs person-hours and tends to settle on poor settings; AMT exists to replace it.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-run-order',
    topic: 'automatic-model-tuning',
    heading: 'how-a-tuning-job-runs',
    task: '1.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the stages of an Automatic Model Tuning job in order.',
    items: [
      {
        text: 'Configure the job: training setup, objective metric, ranges, strategy and limits',
        why: 'AMT can start nothing until it knows what to train and which number to optimize.',
      },
      {
        text: 'AMT launches training jobs with values chosen by the strategy',
        why: 'The search runs as real training jobs.',
      },
      {
        text: 'AMT reads the objective metric of each job and picks the next values',
        why: 'Each result feeds the strategy’s next choice, so it follows the jobs.',
      },
      {
        text: 'When the limits are reached, AMT reports the best training job',
        why: 'The search ends at its job count or runtime limit and names the winner.',
      },
      {
        text: 'Deploy the model of the best training job',
        why: 'Only after the winner is known do you deploy its model.',
      },
    ],
  },
  {
    id: 'automatic-model-tuning-vs-autopilot',
    topic: 'automatic-model-tuning',
    heading: 'related-features',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A business analyst has a sales table and wants AWS to try preprocessing, several algorithms and their tuning automatically, without writing code. What should the analyst use?',
    options: [
      {
        text: 'A custom model in SageMaker Canvas',
        correct: true,
        why: 'Canvas custom models are built by SageMaker Autopilot, which tries preprocessing, algorithms and their tuning automatically, with no code.',
      },
      {
        text: 'An Automatic Model Tuning job on XGBoost',
        correct: false,
        why: 'AMT tunes the hyperparameters of one algorithm you already chose, and it is set up through the API, SDK or Studio rather than a no-code app.',
      },
      {
        text: 'A built-in Linear Learner training job',
        correct: false,
        why: 'A built-in algorithm is one algorithm with hyperparameters you set; it does not try several candidates for you.',
      },
      {
        text: 'A SageMaker JumpStart foundation model',
        correct: false,
        why: 'JumpStart hosts pre-trained models to deploy or fine-tune; it does not run an AutoML search on a table.',
      },
    ],
  },
];
