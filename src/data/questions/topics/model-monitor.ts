import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'model-monitor-loan-drift',
    topic: 'model-monitor',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "A bank that has served its loan model from a SageMaker AI endpoint for several years finds that the model now approves applicants whose credit scores are below the bank's minimum. Which SageMaker AI feature is designed to detect this kind of change automatically and raise an alert?",
    options: [
      {
        text: 'SageMaker Model Monitor',
        correct: true,
        why: 'Model Monitor compares captured production data and predictions with a training baseline in scheduled jobs and sends metrics to CloudWatch, where alarms alert the team. It is closed to new customers, but existing users keep it and the exam expects it here. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'SageMaker Clarify pre-training bias analysis',
        correct: false,
        why: 'Pre-training analysis inspects a dataset before training; it does not watch a deployed model or alert on changes over time.',
      },
      {
        text: 'SageMaker Model Registry',
        correct: false,
        why: 'The registry versions and approves models before deployment; it does not watch them afterwards.',
      },
      {
        text: 'SageMaker Model Dashboard',
        correct: false,
        why: 'The dashboard displays monitoring results for all models but does not run the checks that produce them.',
      },
    ],
  },
  {
    id: 'model-monitor-new-account',
    topic: 'model-monitor',
    heading: 'what-a-new-aws-account-uses-instead',
    task: '1.3',
    scope: 'today',
    format: 'single',
    stem: 'A company deploying its first model in a new AWS account needs to detect data drift on the endpoint and be alerted. Which approach works for this account today?',
    options: [
      {
        text: "AWS's open-source drift solutions logged to an MLflow App, with CloudWatch alarms",
        correct: true,
        why: 'This is what AWS\'s availability notice names for new customers. Older study material answers "SageMaker Model Monitor", which is no longer open to new customers.',
      },
      {
        text: 'A SageMaker Model Monitor data quality schedule on the endpoint',
        correct: false,
        why: "This is the exam's answer for drift on a deployed endpoint, and it still works for accounts that already use Model Monitor, but a new account cannot start using it.",
      },
      {
        text: 'Scheduled SageMaker Clarify jobs that compare live data with a baseline',
        correct: false,
        why: 'Clarify is closed to new customers as well, and its notice points to the same open-source solutions.',
      },
      {
        text: "The SageMaker Model Dashboard's monitoring columns on their own",
        correct: false,
        why: 'The dashboard only displays monitoring results; without monitors it has no drift results to show.',
      },
    ],
  },
  {
    id: 'model-monitor-match-types',
    topic: 'model-monitor',
    heading: 'the-four-monitor-types',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each symptom in production to the Model Monitor type that detects it.',
    pairs: [
      {
        prompt: 'Missing values and the distribution of "annual income" move away from the training data',
        answer: 'Data quality monitor',
        why: 'Data quality monitoring compares statistics of the live inputs with a baseline from the training data.',
      },
      {
        prompt: 'Once repayment outcomes arrive, precision turns out lower than at launch',
        answer: 'Model quality monitor',
        why: 'Model quality monitoring scores predictions against ground-truth labels, so it needs the actual outcomes.',
      },
      {
        prompt: 'Approval rates start to differ between age groups',
        answer: 'Bias drift monitor',
        why: 'Bias drift monitoring (powered by Clarify) compares bias in predictions across groups with a bias baseline.',
      },
      {
        prompt: 'The features that drive predictions, by SHAP value, change order',
        answer: 'Feature attribution drift monitor',
        why: 'Feature attribution drift monitoring (powered by Clarify) compares SHAP-based attributions with an explainability baseline.',
      },
    ],
  },
  {
    id: 'model-monitor-needs-labels',
    topic: 'model-monitor',
    heading: 'the-four-monitor-types',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "A team wants to know when a deployed classifier's precision and recall fall. Which Model Monitor type computes these metrics, and what must the team supply for it to work?",
    options: [
      {
        text: 'Model quality, with the actual outcomes as ground-truth labels',
        correct: true,
        why: 'Precision and recall compare predictions with what really happened, so the model quality monitor can only score predictions once the true outcomes are fed back as labels. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'Data quality, with nothing beyond the captured inputs',
        correct: false,
        why: 'Data quality watches the statistics of the inputs (missing values, types, distributions); it does not compute precision or recall.',
      },
      {
        text: 'Bias drift, with the sensitive feature (facet) to compare',
        correct: false,
        why: 'Bias drift compares bias metrics between groups against a bias baseline; it reports fairness, not overall precision and recall.',
      },
      {
        text: 'Feature attribution drift, with a SHAP baseline of the training data',
        correct: false,
        why: 'Attribution drift tracks how much each feature drives predictions; it does not measure how often the predictions are right.',
      },
    ],
  },
  {
    id: 'model-monitor-setup-order',
    topic: 'model-monitor',
    heading: 'how-monitoring-works',
    task: '1.3',
    scope: 'exam',
    format: 'ordering',
    stem: 'Data capture is already on for an endpoint. Put the remaining steps of setting up and using Model Monitor in order.',
    items: [
      {
        text: 'Run a baselining job on the training dataset to compute statistics and constraints',
        why: 'The baseline defines what "normal" looks like; monitoring jobs compare against it.',
      },
      {
        text: 'Create a monitoring schedule that starts monitoring jobs hourly or daily',
        why: 'The schedule references the baseline and launches the processing jobs.',
      },
      {
        text: 'Each monitoring job compares captured data with the baseline, writes a violations report and emits metrics to CloudWatch',
        why: 'Comparison happens when a scheduled job runs on the captured data.',
      },
      {
        text: 'A CloudWatch alarm notifies the team or starts a retraining pipeline',
        why: 'Alerts and automated fixes act on the metrics the jobs emitted.',
      },
    ],
  },
  {
    id: 'model-monitor-true-statements',
    topic: 'model-monitor',
    heading: 'key-facts',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'Which two statements about SageMaker Model Monitor are correct? (Choose two.)',
    options: [
      {
        text: 'It emits metrics to Amazon CloudWatch, where alarms alert the team',
        correct: true,
        why: 'CloudWatch holds the metrics and alarms; Model Monitor computes the values it sends there. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'Its bias drift and feature attribution drift monitors run on SageMaker Clarify',
        correct: true,
        why: "The first two monitor types are Model Monitor's own analysis; the last two use Clarify.",
      },
      {
        text: 'It can monitor real-time endpoints but not batch transform jobs or their outputs',
        correct: false,
        why: 'Model Monitor works with both real-time endpoints and batch transform jobs.',
      },
      {
        text: 'It analyzes every request inside the endpoint as it is served',
        correct: false,
        why: 'Requests are captured continuously, but the analysis runs later in scheduled (or one-time) monitoring jobs.',
      },
      {
        text: 'Its prebuilt monitors require you to write a custom container',
        correct: false,
        why: 'Prebuilt monitoring needs no code; bringing your own container is an option for custom analysis.',
      },
    ],
  },
  {
    id: 'model-monitor-endpoint-latency',
    topic: 'model-monitor',
    heading: 'endpoint-metrics-in-cloudwatch',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "An operations team wants to be notified when a SageMaker AI endpoint's invocation latency or error count rises, with the LEAST operational overhead. What should it use?",
    options: [
      {
        text: "An Amazon CloudWatch alarm on the endpoint's metrics",
        correct: true,
        why: 'Every SageMaker AI endpoint publishes invocation metrics such as model latency and 4xx/5xx error counts to CloudWatch without any set-up; an alarm on them is all that is needed. This works in any account.',
      },
      {
        text: 'A Model Monitor data quality schedule',
        correct: false,
        why: 'Data quality monitoring compares input statistics with a baseline; it does not measure latency or errors.',
      },
      {
        text: "A SageMaker Clarify explainability analysis on the endpoint's traffic",
        correct: false,
        why: 'Clarify explains predictions with SHAP and measures bias; it has nothing to do with latency.',
      },
      {
        text: "A risk rating on the model's model card",
        correct: false,
        why: 'A risk rating documents how risky the model is; it raises no alarms.',
      },
    ],
  },
  {
    id: 'model-monitor-lender-outcomes',
    topic: 'model-monitor',
    heading: 'how-to-choose-which-monitor',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-lender-credit-model',
    format: 'single',
    stem: 'A year after launch, repayment outcomes have arrived for the first loans. The risk team wants to know whether the model still predicts defaults as well as it did at launch, and to be alerted if not. Which monitor fits?',
    options: [
      {
        text: 'A model quality monitor with ground-truth labels',
        correct: true,
        why: 'Model quality compares predictions with the actual outcomes (ground-truth labels) and reports metrics such as precision and recall against a baseline, with CloudWatch alerts. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'A data quality monitor on the captured applications',
        correct: false,
        why: 'Data quality watches the inputs for drift; it needs no outcomes and cannot tell whether predictions are still right.',
      },
      {
        text: 'A bias drift monitor with age as the facet',
        correct: false,
        why: 'Bias drift watches how outcomes differ between groups, not whether the model predicts defaults as well as before.',
      },
      {
        text: 'A feature attribution drift monitor',
        correct: false,
        why: 'Attribution drift watches which features drive predictions; a model can keep its attributions and still lose accuracy.',
      },
    ],
  },
];
