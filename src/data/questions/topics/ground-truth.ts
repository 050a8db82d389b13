import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'ground-truth-rlhf-feedback',
    topic: 'ground-truth',
    heading: 'human-feedback-for-generative-ai-and-rlhf',
    task: '3.3',
    scope: 'exam',
    format: 'single',
    stem: 'An ML team wants to align its large language model with human preferences through reinforcement learning from human feedback (RLHF). People must rank several model answers to the same prompt. Which SageMaker AI service is built to collect that human feedback?',
    options: [
      {
        text: 'SageMaker Ground Truth',
        correct: true,
        why: 'Ground Truth runs human-in-the-loop tasks such as ranking answers, which produce the preference data RLHF needs; it is the exam’s answer, although it is closed to new customers.',
      },
      {
        text: 'SageMaker Clarify',
        correct: false,
        why: 'Clarify computes bias metrics, explanations and model evaluations; it does not supply or manage human workers.',
      },
      {
        text: 'Amazon Augmented AI (A2I)',
        correct: false,
        why: 'A2I sends individual low-confidence predictions of a live model to reviewers; it does not build preference datasets for training (and it is closed to new customers).',
      },
      {
        text: 'Instruction-based fine-tuning in SageMaker JumpStart',
        correct: false,
        why: 'Fine-tuning uses training data but does not collect human rankings; RLHF also trains a reward model from preferences rather than plain prompt-response pairs.',
      },
    ],
  },
  {
    id: 'ground-truth-private-workforce',
    topic: 'ground-truth',
    heading: 'who-does-the-labeling',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A hospital group labels medical images that contain patient information. The labels need the judgment of its own radiologists, and the data must stay inside the organization. Which Ground Truth workforce fits?',
    options: [
      {
        text: 'A private workforce of the hospital’s own staff',
        correct: true,
        why: 'A private workforce is made of your employees (plus invited contractors or experts), so sensitive data stays in your organization and in-house expertise labels it.',
      },
      {
        text: 'Amazon Mechanical Turk',
        correct: false,
        why: 'The public crowd may only see public or PII-free data, and AWS discontinued Mechanical Turk on 30 September 2026.',
      },
      {
        text: 'A vendor workforce from AWS Marketplace',
        correct: false,
        why: 'Vendors are third-party labeling companies, not the hospital’s radiologists, and their security terms must be checked before they see any data.',
      },
      {
        text: 'Automated data labeling with no human workers',
        correct: false,
        why: 'Automated labeling still sends uncertain items to people and needs a workforce; it does not replace the radiologists’ judgment.',
      },
    ],
  },
  {
    id: 'ground-truth-automated-labeling',
    topic: 'ground-truth',
    heading: 'how-a-labeling-job-works',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A company must label two million product images for an image classification model. Which Ground Truth option is the MOST cost-effective way to cut the human labeling effort?',
    options: [
      {
        text: 'Turn on automated data labeling',
        correct: true,
        why: 'With active learning a model labels the items it is confident about and sends only the rest to people, which cuts cost on large datasets.',
      },
      {
        text: 'Ask more workers to label each image and consolidate their answers',
        correct: false,
        why: 'More workers per item can raise label quality, but every extra answer is paid for, so the cost goes up.',
      },
      {
        text: 'Switch from a private workforce to a vendor workforce',
        correct: false,
        why: 'That changes who labels the images, not how many of them need a human label; every image would still be labeled by hand and paid for.',
      },
      {
        text: 'Route the images through Amazon Augmented AI reviews',
        correct: false,
        why: 'A2I reviews predictions of a model already in production; it does not build a labeled training set (and it is closed to new customers).',
      },
    ],
  },
  {
    id: 'ground-truth-rlhf-order',
    topic: 'ground-truth',
    heading: 'human-feedback-for-generative-ai-and-rlhf',
    task: '3.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Put the steps of reinforcement learning from human feedback (RLHF) in order.',
    items: [
      {
        text: 'The model produces several answers to the same prompt',
        why: 'People need alternatives to compare before any preference can be recorded.',
      },
      {
        text: 'Human workers rank or rate those answers (for example in Ground Truth)',
        why: 'The rankings are the human preference data; this is the step Ground Truth covers.',
      },
      {
        text: 'A reward model is trained on the human preferences',
        why: 'The reward model learns to score answers the way people did, so it needs the rankings first.',
      },
      {
        text: 'Reinforcement learning adjusts the model toward answers with higher reward',
        why: 'The last move uses the reward model to update the language model so it produces answers people prefer.',
      },
    ],
  },
  {
    id: 'ground-truth-human-tasks',
    topic: 'ground-truth',
    heading: 'human-feedback-for-generative-ai-and-rlhf',
    task: '3.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each task human workers perform to what its output is used for.',
    pairs: [
      {
        prompt: 'Draw boxes around objects in images',
        answer: 'Supervised learning',
        why: 'Labels on images, text, audio or video are the targets supervised models learn from.',
      },
      {
        prompt: 'Write good answers to a set of prompts',
        answer: 'Instruction-based fine-tuning',
        why: 'Prompt-response pairs are the labeled examples instruction fine-tuning trains on.',
      },
      {
        prompt: 'Choose the better of two model answers',
        answer: 'Training an RLHF reward model',
        why: 'Pairwise preferences teach a reward model what people prefer, which RLHF then optimizes for.',
      },
      {
        prompt: 'Rate model answers for helpfulness, tone or harm',
        answer: 'Model evaluation and responsible AI checks',
        why: 'Human grades measure how good and how safe a model’s output is.',
      },
    ],
  },
  {
    id: 'ground-truth-new-account-human-eval',
    topic: 'ground-truth',
    heading: 'ground-truth-next-to-its-neighbours',
    task: '3.4',
    scope: 'exam',
    format: 'single',
    stem: 'A company that has just created a new AWS account wants its own subject-matter experts to rate the responses of two foundation models for helpfulness and tone. Which option works today with the LEAST operational overhead?',
    options: [
      {
        text: 'An Amazon Bedrock model evaluation job that uses human workers from the company’s own work team',
        correct: true,
        why: 'Bedrock model evaluations can use a team of human workers, such as your employees, to rate model responses. Older material would answer Ground Truth, but Ground Truth is closed to new customers.',
      },
      {
        text: 'A SageMaker Ground Truth labeling job with a private workforce',
        correct: false,
        why: 'This is the answer older study material gives for human feedback, but Ground Truth is no longer open to new customers, so a new account cannot start using it.',
      },
      {
        text: 'An Amazon Bedrock Knowledge Base (RAG) evaluation',
        correct: false,
        why: 'RAG evaluations of knowledge bases are scored by a large language model acting as judge, not by people.',
      },
      {
        text: 'An Amazon Augmented AI (A2I) human review loop',
        correct: false,
        why: 'A2I routes low-confidence predictions of a live model to reviewers, and it is closed to new customers as well.',
      },
    ],
  },
  {
    id: 'ground-truth-workforces-today',
    topic: 'ground-truth',
    heading: 'who-does-the-labeling',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'An existing Ground Truth customer sets up a new labeling job in November 2026 and manages the workforce itself (not Ground Truth Plus). Which two workforce types can it still choose? (Choose two.)',
    options: [
      {
        text: 'A private workforce of its own employees',
        correct: true,
        why: 'Private workforces remain available: your employees, plus contractors or experts you invite.',
      },
      {
        text: 'A vendor workforce from AWS Marketplace',
        correct: true,
        why: 'Third-party labeling vendors sold through AWS Marketplace remain an option, after checking their security practices.',
      },
      {
        text: 'The Amazon Mechanical Turk public workforce',
        correct: false,
        why: 'Mechanical Turk was the classic answer for a public crowd, but AWS discontinued it on 30 September 2026.',
      },
      {
        text: 'Amazon Augmented AI (A2I) reviewers',
        correct: false,
        why: 'A2I reviewers check predictions of deployed models in human review loops; they are not a labeling-job workforce type.',
      },
      {
        text: 'An LLM judge from Amazon Bedrock evaluations',
        correct: false,
        why: 'An LLM judge is a model, not a human workforce, and it belongs to Bedrock evaluations rather than Ground Truth.',
      },
    ],
  },
  {
    id: 'ground-truth-vs-a2i',
    topic: 'ground-truth',
    heading: 'ground-truth-next-to-its-neighbours',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: 'A loan-processing model is already in production. The company wants every prediction with low confidence to go to a human reviewer before it is used. Which AWS service does the exam expect for this?',
    options: [
      {
        text: 'Amazon Augmented AI (A2I)',
        correct: true,
        why: 'A2I is built for human review of low-confidence predictions in production; it is the exam’s answer, although it is closed to new customers.',
      },
      {
        text: 'SageMaker Ground Truth',
        correct: false,
        why: 'Ground Truth builds labeled datasets and collects human feedback for training and evaluation, not review of individual live predictions.',
      },
      {
        text: 'SageMaker Clarify',
        correct: false,
        why: 'Clarify measures bias and explains predictions; it does not route predictions to people.',
      },
      {
        text: 'SageMaker Model Monitor',
        correct: false,
        why: 'Model Monitor checks data and model quality of an endpoint on a schedule and raises alerts; it does not send single predictions to reviewers.',
      },
    ],
  },
];
