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
        why: 'Ground Truth runs human-in-the-loop tasks such as ranking answers, which produce the preference data RLHF needs; it is the exam’s answer, although it is closed to new customers. On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.',
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
    stem: "A bank must label scanned loan documents that contain customers' personal data. The labels need the judgment of its own credit analysts, and the data must stay inside the bank. Which Ground Truth workforce fits?",
    options: [
      {
        text: 'A private workforce made up of its own employees',
        correct: true,
        why: 'A private workforce is made of your employees (plus invited contractors or experts), so sensitive data stays in your organization and in-house expertise labels it. On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.',
      },
      {
        text: 'Amazon Mechanical Turk',
        correct: false,
        why: 'The public crowd may only see public or PII-free data, and AWS discontinued Mechanical Turk on 30 September 2026.',
      },
      {
        text: 'A vendor workforce from AWS Marketplace',
        correct: false,
        why: 'Vendors are third-party labeling companies, not the bank’s own analysts, and their security terms must be checked before they see any data.',
      },
      {
        text: 'Automated data labeling with no human workers',
        correct: false,
        why: 'Automated labeling still sends uncertain items to people and needs a workforce; it does not replace the analysts’ judgment.',
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
        why: 'With active learning a model labels the items it is confident about and sends only the rest to people, which cuts cost on large datasets. On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.',
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
    stem: "A company uses two foundation models through Amazon Bedrock. Before it picks one, its own subject-matter experts must rate the models' answers for helpfulness and tone. Which option fits with the LEAST operational overhead?",
    options: [
      {
        text: "A Bedrock model evaluation job with the company's own work team",
        correct: true,
        why: 'Bedrock Evaluations runs human-based model evaluation jobs in which a work team you bring (employees or invited experts) rates or compares the answers; the result helps choose a model.',
      },
      {
        text: "A Ground Truth labeling job with the company's private workforce",
        correct: false,
        why: 'Ground Truth labeling jobs produce training data, and you would have to build the rating task yourself; it is also closed to new customers.',
      },
      {
        text: 'An Amazon Bedrock Knowledge Base retrieval evaluation',
        correct: false,
        why: 'A knowledge base (RAG) evaluation scores retrieval and grounded answers; it does not put two models in front of human raters.',
      },
      {
        text: 'An Amazon Augmented AI (A2I) human loop on each answer',
        correct: false,
        why: 'A2I reviews single predictions of a model already in use; it is not built to compare models before choosing one, and it is closed to new customers.',
      },
    ],
  },
  {
    id: 'ground-truth-workforces-today',
    topic: 'ground-truth',
    heading: 'who-does-the-labeling',
    task: '1.3',
    scope: 'today',
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
    stem: "A loan-processing model is already in production. Compliance wants people to review a random 2% sample of the model's predictions every day as an audit. Which service is built for this?",
    options: [
      {
        text: 'Amazon Augmented AI (A2I)',
        correct: true,
        why: 'A2I sends selected predictions of a model in use to human reviewers: those below a confidence threshold, or a random sample for audit. On the exam: Amazon A2I. In a new account today: A2I takes no new customers; accounts that already use it carry on.',
      },
      {
        text: 'Amazon SageMaker Ground Truth',
        correct: false,
        why: 'Ground Truth builds labeled datasets and collects human feedback for training and evaluation, not review of individual live predictions.',
      },
      {
        text: 'Amazon SageMaker Clarify',
        correct: false,
        why: 'Clarify measures bias and explains predictions; it does not route predictions to people.',
      },
      {
        text: 'Amazon SageMaker Model Monitor',
        correct: false,
        why: 'Model Monitor checks data and model quality of an endpoint on a schedule and raises alerts; it does not send single predictions to reviewers.',
      },
    ],
  },
  {
    id: 'ground-truth-hospital-radiologists',
    topic: 'ground-truth',
    heading: 'who-does-the-labeling',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-hospital-xray-triage',
    format: 'single',
    stem: 'Which Ground Truth workforce should label the X-rays?',
    options: [
      {
        text: "A private workforce of the network's own radiologists",
        correct: true,
        why: "A private workforce is made of the organization's own people, which keeps patient data inside it and brings the radiologists' judgment. On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.",
      },
      {
        text: 'The Amazon Mechanical Turk public workforce',
        correct: false,
        why: 'The public workforce may see only public or de-identified data, and Mechanical Turk closed permanently on 30 September 2026.',
      },
      {
        text: 'A vendor workforce chosen from AWS Marketplace',
        correct: false,
        why: "A vendor's workers are outside the organization and would see patient data; the scenario also names its own radiologists.",
      },
      {
        text: 'Automated data labeling with no human workers at all',
        correct: false,
        why: 'Automated labeling needs human labels to learn from first, and it labels only the items it is confident about.',
      },
    ],
  },
  {
    id: 'ground-truth-parts-bounding-boxes',
    topic: 'ground-truth',
    heading: 'how-a-labeling-job-works',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-manufacturer-part-inspection',
    format: 'single',
    stem: 'Before the engineers can train, people must draw a box around every scratch in the 30,000 photos. What should the manufacturer set up?',
    options: [
      {
        text: 'A Ground Truth bounding box labeling job',
        correct: true,
        why: 'Ground Truth has a built-in bounding box task: workers draw boxes on each image and the job writes the labels to S3 for training. On the exam: Ground Truth. In a new account today: Ground Truth takes no new customers; accounts that already use it carry on.',
      },
      {
        text: 'An Amazon A2I review loop on each photo',
        correct: false,
        why: 'A2I reviews predictions of a model already in use; there is no model yet.',
      },
      {
        text: 'A Clarify pre-training bias analysis',
        correct: false,
        why: 'Clarify measures bias in a labelled dataset; it creates no labels.',
      },
      {
        text: 'Amazon Rekognition label detection',
        correct: false,
        why: "Rekognition labels common objects and scenes; it does not know this plant's scratches.",
      },
    ],
  },
];
