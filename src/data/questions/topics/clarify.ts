import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'clarify-shap-loan-rejection',
    topic: 'clarify',
    heading: '2-explainability',
    task: '4.2',
    scope: 'exam',
    format: 'single',
    stem: "A lender must tell each rejected applicant which of their own inputs, such as income or length of credit history, weighed most heavily in the model's decision. Which SageMaker AI capability produces this information?",
    options: [
      {
        text: 'SageMaker Clarify feature attributions based on SHAP values',
        correct: true,
        why: 'Clarify computes SHAP (Kernel SHAP) attributions: for one prediction, how much each input feature pushed the result up or down. That local explanation is exactly what the lender must give an applicant. On the exam: Clarify. In a new account today: Clarify takes no new customers; AWS points them to open-source SHAP and the published bias metrics logged to an MLflow App, or to fmeval and Amazon Bedrock Evaluations for foundation models.',
      },
      {
        text: 'A SageMaker Model Monitor data quality monitor on the endpoint',
        correct: false,
        why: 'A data quality monitor compares the statistics of live inputs with a training baseline to detect drift; it says nothing about why one prediction came out as it did.',
      },
      {
        text: "A SageMaker model card with the model's intended uses and risk rating",
        correct: false,
        why: 'A model card documents the model as a whole (purpose, risk, training details); it does not compute the reasons behind an individual decision.',
      },
      {
        text: 'Amazon Comprehend targeted sentiment on the application form',
        correct: false,
        why: "Comprehend analyzes text (sentiment, entities, PII); it cannot attribute a tabular model's prediction to its input features.",
      },
    ],
  },
  {
    id: 'clarify-pretraining-bias-age',
    topic: 'clarify',
    heading: '3-bias-detection',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: 'Before any model is trained, a team wants to know whether applicants over 60 are under-represented in its dataset and whether they receive the positive label less often than other applicants. What should the team use?',
    options: [
      {
        text: 'Clarify pre-training bias metrics, such as Class Imbalance, with age as the facet',
        correct: true,
        why: 'Pre-training metrics inspect the dataset itself: Class Imbalance measures representation of a group and DPL compares label proportions between groups. No model is needed, which fits "before any model is trained". On the exam: Clarify. In a new account today: Clarify takes no new customers; AWS points them to open-source SHAP and the published bias metrics logged to an MLflow App, or to fmeval and Amazon Bedrock Evaluations for foundation models.',
      },
      {
        text: 'Clarify post-training bias metrics such as Difference in Positive Proportions in Predicted Labels',
        correct: false,
        why: 'Post-training metrics compare the predictions of a trained model between groups; here there is no model yet.',
      },
      {
        text: 'A Model Monitor bias drift monitor on the production endpoint',
        correct: false,
        why: "Bias drift monitoring watches a deployed model's predictions against a bias baseline; it starts only after deployment.",
      },
      {
        text: 'SHAP feature attributions computed over the dataset',
        correct: false,
        why: "SHAP explains which features drive a model's predictions; it needs a model and does not measure how groups are represented or labeled in the data.",
      },
    ],
  },
  {
    id: 'clarify-human-eval-brand-tone',
    topic: 'clarify',
    heading: '1-foundation-model-evaluation',
    task: '3.4',
    scope: 'exam',
    format: 'single',
    stem: "A retailer is choosing between two JumpStart foundation models for its shopping assistant. It wants to know which model's answers sound friendly and match the brand's playful tone, judged by its own marketing staff. Which evaluation fits?",
    options: [
      {
        text: "A human evaluation job in which its own staff rate both models' answers",
        correct: true,
        why: 'Friendliness and brand tone are subjective qualities that no formula scores well; a human evaluation job can compare up to two models, with custom rating dimensions, rated by your own work team. On the exam: Clarify. In a new account today: Clarify takes no new customers; AWS points them to open-source SHAP and the published bias metrics logged to an MLflow App, or to fmeval and Amazon Bedrock Evaluations for foundation models.',
      },
      {
        text: 'An automatic evaluation job that scores toxicity on a built-in dataset',
        correct: false,
        why: 'Toxicity is a metric a formula can compute at scale, but it does not tell you whether an answer sounds friendly or on-brand; automatic jobs also evaluate one model per job.',
      },
      {
        text: 'An A2I review loop in which staff check each live answer',
        correct: false,
        why: 'Amazon A2I puts people in front of single predictions of a model already in use; it is not built to compare two candidate models.',
      },
      {
        text: 'SHAP feature attributions for each generated answer',
        correct: false,
        why: 'SHAP explains which input features drove a prediction; it does not judge whether text is friendly or fits a brand voice.',
      },
    ],
  },
  {
    id: 'clarify-new-account-fm-evaluation',
    topic: 'clarify',
    heading: 'key-facts',
    task: '3.4',
    scope: 'today',
    format: 'single',
    stem: 'A startup in a new AWS account wants to compare several foundation models that it uses through Amazon Bedrock on accuracy and toxicity, with the LEAST operational overhead. What should it use?',
    options: [
      {
        text: 'Amazon Bedrock Evaluations',
        correct: true,
        why: 'Bedrock Evaluations is open to new accounts and evaluates Bedrock models as a managed feature (automatic metrics, LLM-as-a-judge or human review). Older exam prep would answer "SageMaker Clarify FM evaluation", but Clarify is closed to new customers and AWS points them to Bedrock Evaluations or fmeval.',
      },
      {
        text: 'A SageMaker Clarify foundation model evaluation job started from Studio',
        correct: false,
        why: 'This is the answer older study material gives for "compare foundation models", and it still works for existing Clarify users, but AWS no longer opens Clarify to new customers, so a new account cannot use it.',
      },
      {
        text: "The open-source fmeval library run from the startup's own notebook",
        correct: false,
        why: "fmeval is one of the options AWS names for new accounts and can evaluate Bedrock models, but you write and run the evaluation code yourself, which is more overhead than Bedrock's managed evaluations.",
      },
      {
        text: 'A SageMaker Model Monitor model quality schedule on each model',
        correct: false,
        why: 'Model Monitor watches models you deployed on SageMaker AI endpoints for drift; it does not compare foundation models on toxicity, and it is also closed to new customers.',
      },
    ],
  },
  {
    id: 'clarify-three-jobs',
    topic: 'clarify',
    heading: 'key-facts',
    task: '4.1',
    scope: 'exam',
    format: 'multiple',
    choose: 3,
    stem: 'Which tasks can SageMaker Clarify perform? (Choose three.)',
    options: [
      {
        text: 'Measure bias in a training dataset for a sensitive feature such as gender',
        correct: true,
        why: "Bias detection is one of Clarify's three jobs: pre-training metrics on the dataset and post-training metrics on the model, for a facet you name.",
      },
      {
        text: 'Explain individual predictions with feature attributions',
        correct: true,
        why: "Explainability is Clarify's second job: SHAP values show how much each feature contributed to a prediction.",
      },
      {
        text: 'Evaluate and compare foundation models on metrics such as toxicity and robustness',
        correct: true,
        why: "Foundation model evaluation is Clarify's third job, automatic (metrics) or with human reviewers.",
      },
      {
        text: 'Label images with bounding boxes using a human workforce',
        correct: false,
        why: "Labeling training data with people is SageMaker Ground Truth's job, not Clarify's.",
      },
      {
        text: 'Keep model versions and record which one is approved for production',
        correct: false,
        why: 'Versions and approval status live in SageMaker Model Registry.',
      },
      {
        text: 'Find and redact personal data in customer emails',
        correct: false,
        why: 'Detecting PII in text is a feature of Amazon Comprehend, not of Clarify.',
      },
    ],
  },
  {
    id: 'clarify-match-analyses',
    topic: 'clarify',
    heading: 'key-facts',
    task: '4.2',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each question a team asks to the Clarify analysis that answers it.',
    pairs: [
      {
        prompt: 'Does one gender make up only a small share of the training rows?',
        answer: 'Class Imbalance (pre-training bias metric)',
        why: 'Class Imbalance measures how well each facet value is represented in the dataset, before training.',
      },
      {
        prompt: 'In the training data, do women carry the "approved" label less often than men?',
        answer: 'Difference in Proportions of Labels (pre-training bias metric)',
        why: 'DPL compares the share of positive labels between groups in the dataset itself.',
      },
      {
        prompt: "Which inputs pushed this one customer's risk score up?",
        answer: 'SHAP feature attribution',
        why: "SHAP values give a local explanation: each feature's contribution to one prediction.",
      },
      {
        prompt: 'How does the predicted price change as floor area grows, all else averaged out?',
        answer: 'Partial dependence plot',
        why: 'A partial dependence plot shows how the prediction moves as one feature changes.',
      },
    ],
  },
  {
    id: 'clarify-how-analyses-run',
    topic: 'clarify',
    heading: 'key-facts',
    task: '4.1',
    scope: 'exam',
    format: 'single',
    stem: "How do Clarify's bias and explainability analyses run, and where do their results go?",
    options: [
      {
        text: 'As SageMaker Processing jobs that write a report to Amazon S3',
        correct: true,
        why: "Clarify analyses run as Processing jobs and write their report to S3; the same engine powers Model Monitor's bias and attribution drift monitors and the ClarifyCheck pipeline step.",
      },
      {
        text: "Inside the model's real-time endpoint, on every request, with results in the response",
        correct: false,
        why: 'Bias and explainability reports are produced by separate jobs, not by the serving container on each call (online explainability is an extra option, not how the analyses run).',
      },
      {
        text: 'As Amazon Bedrock evaluation jobs whose scores appear in the Bedrock console',
        correct: false,
        why: "Bedrock Evaluations is a separate Bedrock feature for foundation models; Clarify's bias and explainability work runs in SageMaker AI.",
      },
      {
        text: 'As CloudWatch alarms that fire when a bias metric changes',
        correct: false,
        why: 'CloudWatch holds metrics and alarms; it does not compute bias metrics or SHAP values.',
      },
    ],
  },
  {
    id: 'clarify-lender-age-approvals',
    topic: 'clarify',
    heading: '3-bias-detection',
    task: '4.1',
    scope: 'exam',
    caseStudy: 'case-lender-credit-model',
    format: 'single',
    stem: 'After training, the bank must show whether the model approves applicants under 30 less often than older applicants. What should the data science team run?',
    options: [
      {
        text: 'A Clarify post-training bias analysis with age as the facet',
        correct: true,
        why: "Post-training bias metrics compare the trained model's predictions across the groups of a facet, for example the difference in the share of approvals predicted for each age group. On the exam: Clarify. In a new account today: Clarify takes no new customers; AWS points them to open-source SHAP and the published bias metrics logged to an MLflow App, or to fmeval and Amazon Bedrock Evaluations for foundation models.",
      },
      {
        text: 'A Clarify pre-training bias analysis of the repayment labels',
        correct: false,
        why: 'Pre-training metrics look at the dataset and its labels before any model exists; they cannot show how the trained model decides.',
      },
      {
        text: 'SHAP feature attributions for a sample of rejected applicants',
        correct: false,
        why: 'Attributions explain single decisions (which inputs pushed the score); they do not compare approval rates between groups.',
      },
      {
        text: 'A comparison of overall accuracy on the validation set',
        correct: false,
        why: 'Overall accuracy can be high while one age group is treated worse; bias needs a metric per group.',
      },
    ],
  },
  {
    id: 'clarify-law-firm-partner-comparison',
    topic: 'clarify',
    heading: '1-foundation-model-evaluation',
    task: '3.4',
    scope: 'exam',
    caseStudy: 'case-law-firm-drafting-assistant',
    format: 'single',
    stem: "Partners must compare the two candidate models' drafts and judge their legal soundness before one is picked. Both models run on SageMaker AI endpoints. Which evaluation fits?",
    options: [
      {
        text: 'A Clarify human evaluation job with the partners as work team',
        correct: true,
        why: "Clarify FM evaluation can put two models' answers in front of your own work team, who rate or compare them; legal soundness needs the partners' judgment. On the exam: Clarify. In a new account today: Clarify takes no new customers; AWS points them to open-source SHAP and the published bias metrics logged to an MLflow App, or to fmeval and Amazon Bedrock Evaluations for foundation models.",
      },
      {
        text: 'An automatic evaluation with a built-in accuracy dataset',
        correct: false,
        why: "Built-in datasets measure general accuracy; they cannot judge the legal soundness of the firm's clauses.",
      },
      {
        text: 'A Model Monitor model quality schedule on both endpoints',
        correct: false,
        why: "Model Monitor watches deployed models for drift against outcomes; it does not compare two candidates' drafts.",
      },
      {
        text: 'A Ground Truth job in which the partners label drafts for retraining',
        correct: false,
        why: 'Labeling produces training data; the partners want to pick a model, not retrain one.',
      },
    ],
  },
];
