import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'ml-governance-model-card-purpose',
    topic: 'ml-governance',
    heading: 'what-a-model-card-records',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: 'A risk team asks every model owner to write down, inside SageMaker AI, what the model is for, which uses it must not be put to, how risky it is and how it was trained. Which feature is built for this?',
    options: [
      {
        text: 'SageMaker Model Cards',
        correct: true,
        why: 'A model card is the structured fact sheet for one model: intended (and unintended) uses, risk rating, training details, evaluation results and more.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'The registry stores model versions, their metadata and approval status for deployment; it is not where the purpose and risk are documented.',
      },
      {
        text: 'SageMaker Model Dashboard',
        correct: false,
        why: 'The dashboard is a read-only overview of all models; it displays model card details but is not where they are written.',
      },
      {
        text: 'SageMaker Clarify',
        correct: false,
        why: 'Clarify measures bias and explains predictions; its reports can be recorded in a model card, but it does not document intended uses or risk.',
      },
    ],
  },
  {
    id: 'ml-governance-card-contents',
    topic: 'ml-governance',
    heading: 'what-a-model-card-records',
    task: '4.2',
    scope: 'exam',
    format: 'multiple',
    choose: 3,
    stem: 'Which of the following does a SageMaker model card record? (Choose three.)',
    options: [
      {
        text: 'The uses the model was built for, and the ones it is not meant for',
        correct: true,
        why: 'Intended uses, including out-of-scope uses and assumptions, are a core section of a model card.',
      },
      {
        text: 'A risk rating of low, medium, high or unknown',
        correct: true,
        why: 'The card carries a risk rating that you assign; unknown means nobody has assessed it yet.',
      },
      {
        text: 'How the model was trained, on which data and with which metrics',
        correct: true,
        why: 'Training details are part of the card and are filled in automatically for models trained in SageMaker AI.',
      },
      {
        text: 'The IAM permissions each data scientist has in SageMaker AI',
        correct: false,
        why: 'Who may do what is set in IAM roles (persona roles from Role Manager), not documented in a model card.',
      },
      {
        text: "The endpoint's live invocation latency",
        correct: false,
        why: "Endpoint latency is a metric in Amazon CloudWatch, not part of a model's documentation.",
      },
      {
        text: 'The inference requests captured from the production endpoint',
        correct: false,
        why: 'Captured requests and predictions are written to Amazon S3 by data capture for monitoring, not stored in a model card.',
      },
    ],
  },
  {
    id: 'ml-governance-risk-rating-owner',
    topic: 'ml-governance',
    heading: 'what-a-model-card-records',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: 'How does the risk rating on a SageMaker model card get its value?',
    options: [
      {
        text: 'The model owner assigns it as low, medium, high or unknown',
        correct: true,
        why: 'You assign the rating yourself; AWS does not compute it. Organizations can then attach different deployment rules to each level.',
      },
      {
        text: "SageMaker AI calculates it from the model's Clarify bias metrics",
        correct: false,
        why: 'Bias results can be recorded on the card, but no feature turns them into the risk rating automatically.',
      },
      {
        text: 'Model Monitor raises it whenever a monitoring job reports violations',
        correct: false,
        why: "Monitoring violations appear on the Model Dashboard; they do not change the card's risk rating.",
      },
      {
        text: 'AWS assigns a score from 1 to 10 when the model is registered',
        correct: false,
        why: 'There is no AWS-assigned numeric score; the rating is one of four levels chosen by you.',
      },
    ],
  },
  {
    id: 'ml-governance-audit-history',
    topic: 'ml-governance',
    heading: 'why-auditors-like-them',
    task: '5.2',
    scope: 'exam',
    format: 'single',
    stem: "Auditors want to see how a credit model's documentation changed over time and to receive a copy they can read without access to SageMaker AI. Which SageMaker AI feature meets both needs?",
    options: [
      {
        text: 'Model Cards, with their version history and PDF export',
        correct: true,
        why: 'Every edit of a model card (other than a change of approval status) creates a new version, an immutable history of the documentation, and a card can be exported as a PDF for readers outside SageMaker AI.',
      },
      {
        text: 'AWS CloudTrail logs of every SageMaker API call',
        correct: false,
        why: "CloudTrail records who called which API and when, not the content of the model's documentation.",
      },
      {
        text: "The Model Dashboard's view of the credit model",
        correct: false,
        why: 'The dashboard shows the current state of all models; it does not keep a version history of the documentation or export it.',
      },
      {
        text: 'Model Registry approval status with its change events',
        correct: false,
        why: 'Approval status says whether a version may be deployed; it is not a record of how the documentation changed.',
      },
    ],
  },
  {
    id: 'ml-governance-mlops-persona',
    topic: 'ml-governance',
    heading: 'role-manager',
    task: '5.1',
    scope: 'exam',
    format: 'single',
    stem: 'In an account that already uses SageMaker Role Manager, an engineer needs to run pipelines, manage models and deploy them to endpoints, but not run training experiments in notebooks. Which persona should the administrator start from?',
    options: [
      {
        text: 'The MLOps persona',
        correct: true,
        why: 'The MLOps persona preselects the ML activities of operations work: managing pipelines, models and endpoints (plus Studio applications and viewing experiments). Anything else, such as monitoring, is an activity the administrator adds. On the exam: Role Manager. In a new account today: Role Manager takes no new customers, so the same persona roles are written in IAM directly.',
      },
      {
        text: 'The data scientist persona',
        correct: false,
        why: 'The data scientist persona is aimed at development and experimentation: notebooks, training and tuning jobs, experiments.',
      },
      {
        text: 'The SageMaker AI compute role',
        correct: false,
        why: 'The compute role is assumed by the jobs themselves, not by a person signing in.',
      },
      {
        text: 'The AWS managed AdministratorAccess policy',
        correct: false,
        why: 'Full administrator access breaks least privilege, which is exactly what persona-based roles are meant to avoid.',
      },
    ],
  },
  {
    id: 'ml-governance-new-account-personas',
    topic: 'ml-governance',
    heading: 'role-manager',
    task: '5.1',
    scope: 'today',
    format: 'single',
    stem: 'A company has just created a new AWS account for its ML teams. It must give data scientists and MLOps engineers least-privilege permissions for SageMaker AI. What should it do?',
    options: [
      {
        text: 'Create the persona roles directly in IAM, as infrastructure as code',
        correct: true,
        why: 'That is what AWS names for new customers. Older study material answers "SageMaker Role Manager", but Role Manager is no longer open to new customers, and the roles it made were ordinary IAM roles anyway.',
      },
      {
        text: 'Use SageMaker Role Manager to generate persona-based roles',
        correct: false,
        why: "This is the exam's classic answer and still works for accounts that already use it, but a new account cannot start using Role Manager.",
      },
      {
        text: 'Attach AmazonSageMakerFullAccess to every user so nobody is blocked',
        correct: false,
        why: 'Granting everyone full access is the opposite of least privilege.',
      },
      {
        text: "Record each person's allowed actions in a SageMaker model card",
        correct: false,
        why: 'Model cards document models; they do not grant or restrict permissions.',
      },
    ],
  },
  {
    id: 'ml-governance-role-manager-output',
    topic: 'ml-governance',
    heading: 'role-manager',
    task: '5.1',
    scope: 'deeper',
    format: 'single',
    stem: 'What does SageMaker Role Manager produce when an administrator finishes its wizard?',
    options: [
      {
        text: 'An IAM role, named with a sagemaker- prefix, editable in IAM',
        correct: true,
        why: 'Role Manager does not replace IAM: it writes an IAM role with the chosen ML activities, optional VPC and KMS settings and any extra policies.',
      },
      {
        text: 'A SageMaker-only permission set that IAM cannot see or change',
        correct: false,
        why: 'There is no separate permission system; the result appears in IAM like any other role.',
      },
      {
        text: 'A model card listing who may deploy the model',
        correct: false,
        why: "Model cards document a model's purpose, risk and training; they carry no permissions.",
      },
      {
        text: 'An AWS Organizations service control policy for the whole organization',
        correct: false,
        why: 'Role Manager builds roles for ML personas in one account; it does not write organization-wide SCPs.',
      },
    ],
  },
  {
    id: 'ml-governance-match-tools',
    topic: 'ml-governance',
    heading: 'dont-mix-them-up',
    task: '5.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each governance need to the SageMaker AI feature built for it.',
    pairs: [
      {
        prompt: "Document a model's purpose and how risky it is",
        answer: 'Model Cards',
        why: 'Model cards hold intended uses, risk rating and training details for one model.',
      },
      {
        prompt: 'Keep numbered versions of a model and mark one as approved for production',
        answer: 'Model Registry',
        why: 'The registry versions models and tracks their approval status for deployment.',
      },
      {
        prompt: 'Look across all models to find the ones breaching their quality thresholds',
        answer: 'Model Dashboard',
        why: 'The dashboard is the account-wide, read-only view of models and their monitoring results.',
      },
      {
        prompt: 'Give each ML persona only the permissions it needs',
        answer: 'Role Manager',
        why: 'Role Manager builds persona-based IAM roles (closed to new customers, who write the roles in IAM directly).',
      },
      {
        prompt: "Get alerted when a live model's inputs drift from the training data",
        answer: 'Model Monitor',
        why: 'Model Monitor compares captured production data with a baseline and alerts through CloudWatch.',
      },
      {
        prompt: 'Find out whether a model treats an age group unfairly',
        answer: 'Clarify',
        why: 'Clarify measures bias in data and models (and explains predictions with SHAP).',
      },
    ],
  },
  {
    id: 'ml-governance-lender-model-record',
    topic: 'ml-governance',
    heading: 'what-a-model-card-records',
    task: '5.2',
    scope: 'exam',
    caseStudy: 'case-lender-credit-model',
    format: 'single',
    stem: 'The regulator asks for one record, kept in SageMaker AI, of what the credit model is for, which uses are out of bounds, its risk rating and how it was evaluated. What should the team create?',
    options: [
      {
        text: 'A SageMaker model card',
        correct: true,
        why: "A model card documents one model's intended and out-of-scope uses, its risk rating, training details and evaluation results, with a version history for auditors.",
      },
      {
        text: 'A model package group in Model Registry',
        correct: false,
        why: 'The registry keeps versions and their approval status for deployment, not the documentation of purpose and risk.',
      },
      {
        text: 'A Model Dashboard view of the endpoint',
        correct: false,
        why: 'The dashboard displays models and their monitoring, including card details, but it is not where the record is written.',
      },
      {
        text: 'An AWS AI Service Card for the model',
        correct: false,
        why: "AI Service Cards are AWS's own documentation of its AI services, such as Amazon Rekognition; a customer's model is documented in a model card.",
      },
    ],
  },
];
