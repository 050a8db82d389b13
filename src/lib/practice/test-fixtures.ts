// A few made-up questions for the unit tests of src/lib/practice (not site content).
import type {
  MatchingQuestion,
  MultipleResponseQuestion,
  OrderingQuestion,
  Question,
  SingleChoiceQuestion,
} from '../../data/questions/types';

export const single: SingleChoiceQuestion = {
  id: 'clarify-fixture-single',
  topic: 'clarify',
  heading: 'bias-detection',
  task: '4.1',
  scope: 'exam',
  format: 'single',
  stem: 'Which fixture colour is right?',
  options: [
    { text: 'Red', correct: false, why: 'Red is wrong here.' },
    { text: 'Green', correct: true, why: 'Green is right.' },
    { text: 'Blue', correct: false, why: 'Blue is wrong here.' },
    { text: 'Grey', correct: false, why: 'Grey is wrong here.' },
  ],
};

export const multiple: MultipleResponseQuestion = {
  id: 'clarify-fixture-multiple',
  topic: 'clarify',
  heading: 'explainability',
  task: '4.2',
  scope: 'exam',
  format: 'multiple',
  choose: 2,
  stem: 'Which two fixture shapes have corners? (Choose two.)',
  options: [
    { text: 'Square', correct: true, why: 'Four corners.' },
    { text: 'Circle', correct: false, why: 'No corners.' },
    { text: 'Triangle', correct: true, why: 'Three corners.' },
    { text: 'Ellipse', correct: false, why: 'No corners.' },
    { text: 'Sphere', correct: false, why: 'No corners.' },
  ],
};

export const ordering: OrderingQuestion = {
  id: 'pipelines-fixture-ordering',
  topic: 'pipelines',
  heading: 'key-facts',
  task: '1.3',
  scope: 'exam',
  format: 'ordering',
  stem: 'Put the fixture steps in order.',
  items: [
    { text: 'Prepare', why: 'First, the data.' },
    { text: 'Train', why: 'Then the model.' },
    { text: 'Evaluate', why: 'Then the score.' },
  ],
};

export const matching: MatchingQuestion = {
  id: 'inference-fixture-matching',
  topic: 'inference',
  heading: 'key-facts',
  task: '1.2',
  scope: 'exam',
  format: 'matching',
  stem: 'Match each fixture workload to its option.',
  pairs: [
    { prompt: 'Steady traffic', answer: 'Real-time', why: 'Always on.' },
    { prompt: 'Idle for hours', answer: 'Serverless', why: 'Scales to zero.' },
    { prompt: 'Nightly file', answer: 'Batch transform', why: 'No endpoint.' },
  ],
};

export const fixtures: Question[] = [single, multiple, ordering, matching];
