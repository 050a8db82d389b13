import type { Question } from '../types';

export const questions: Question[] = [
  {
    id: 'model-evaluation-fraud-recall',
    topic: 'model-evaluation',
    heading: 'how-to-choose-the-metric',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A card issuer trains a model to flag fraudulent transactions. A missed fraud case costs far more than a legitimate transaction that is checked by mistake. Which metric should the team focus on?',
    options: [
      {
        text: 'Recall',
        correct: true,
        why: 'Recall is the share of real fraud cases the model catches; when misses (false negatives) are the expensive mistake, recall is the metric to raise.',
      },
      {
        text: 'Precision',
        correct: false,
        why: 'Precision punishes false alarms, the cheaper mistake here; a model tuned for precision would flag less and miss more fraud.',
      },
      {
        text: 'Accuracy',
        correct: false,
        why: 'Fraud is rare, so a model that never flags anything is still highly accurate while catching no fraud at all.',
      },
      {
        text: 'RMSE',
        correct: false,
        why: 'RMSE measures how far numeric predictions are from actual values; it is a regression metric, and fraud detection is classification.',
      },
    ],
  },
  {
    id: 'model-evaluation-summary-rouge',
    topic: 'model-evaluation',
    heading: 'foundation-models-generated-text-has-no-single-right-answer',
    task: '3.4',
    scope: 'exam',
    format: 'single',
    stem: 'A legal team uses a foundation model to summarize long contracts and has a set of summaries written by its lawyers. Which metric compares the model’s summaries with the lawyers’ summaries by their overlapping words?',
    options: [
      {
        text: 'ROUGE',
        correct: true,
        why: 'ROUGE counts the words and word sequences a generated summary shares with a reference summary; it is the usual summarization metric, and SageMaker’s summarization accuracy reports ROUGE-L.',
      },
      {
        text: 'BLEU',
        correct: false,
        why: 'BLEU also measures overlap with a reference, but it is the machine translation metric, not the summarization one.',
      },
      {
        text: 'AUC',
        correct: false,
        why: 'AUC rates a classifier across decision thresholds; it says nothing about generated text.',
      },
      {
        text: 'Mean absolute error',
        correct: false,
        why: 'MAE is the average size of numeric prediction errors in regression.',
      },
    ],
  },
  {
    id: 'model-evaluation-paraphrase-bertscore',
    topic: 'model-evaluation',
    heading: 'foundation-models-generated-text-has-no-single-right-answer',
    task: '3.4',
    scope: 'exam',
    format: 'single',
    stem: 'A support chatbot’s answers are often correct but worded differently from the reference answers, so word-overlap scores are low. Which metric rewards answers that have the same meaning in different words?',
    options: [
      {
        text: 'BERTScore',
        correct: true,
        why: 'BERTScore compares output and reference through embeddings, so paraphrases with the same meaning still score well.',
      },
      {
        text: 'BLEU',
        correct: false,
        why: 'BLEU counts exact word sequences shared with the reference, which is exactly what the reworded answers lack.',
      },
      {
        text: 'Precision of the confusion matrix',
        correct: false,
        why: 'Precision is read from a classifier’s confusion matrix; free-text answers have no predicted classes to count.',
      },
      {
        text: 'R²',
        correct: false,
        why: 'R² is the share of variation a regression model explains; it does not apply to text.',
      },
    ],
  },
  {
    id: 'model-evaluation-business-and-imbalance',
    topic: 'model-evaluation',
    heading: 'how-to-choose-the-metric',
    task: '1.3',
    scope: 'exam',
    format: 'multiple',
    choose: 2,
    stem: 'A subscription business builds a churn model: only 3% of customers cancel each month. The product owner asks how to judge whether the model is good enough to deploy. Which two measures fit? (Choose two.)',
    options: [
      {
        text: 'The F1 score on the validation data',
        correct: true,
        why: 'With 3% positives, F1 balances precision and recall and is not fooled by the rare class the way accuracy is.',
      },
      {
        text: 'A business metric such as the revenue kept per retention offer sent (ROI)',
        correct: true,
        why: 'The exam expects a business measure next to the model metric: a model is worth deploying only if acting on it pays off.',
      },
      {
        text: 'Accuracy alone, since stakeholders find it easy to read',
        correct: false,
        why: 'A model that predicts “no churn” for everyone is 97% accurate and useless; accuracy misleads on imbalanced classes.',
      },
      {
        text: 'The ROUGE score of the predictions',
        correct: false,
        why: 'ROUGE compares generated text with reference text; churn predictions are classes, not summaries.',
      },
      {
        text: 'The RMSE of the predicted classes',
        correct: false,
        why: 'RMSE is for numeric regression targets; churn yes/no is a classification problem.',
      },
    ],
  },
  {
    id: 'model-evaluation-where-reported',
    topic: 'model-evaluation',
    heading: 'where-sagemaker-ai-shows-these-metrics',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A deployed classification model now receives the true outcomes of its past predictions every week. The team wants precision, recall and accuracy computed on this live data and compared with a baseline. Which SageMaker AI feature computes them?',
    options: [
      {
        text: 'The model quality monitor of SageMaker Model Monitor',
        correct: true,
        why: 'The model quality monitor merges predictions with ground-truth labels and computes the confusion matrix, precision, recall and accuracy (MAE, RMSE and R² for regression); it is closed to new customers but still the exam’s answer. On the exam: Model Monitor. In a new account today: Model Monitor takes no new customers, and AWS points them to its open-source monitoring solutions (drift reports logged to an MLflow App) with Amazon CloudWatch alarms.',
      },
      {
        text: 'SageMaker Autopilot',
        correct: false,
        why: 'Autopilot reports these metrics for the candidate models it trains, on validation data, before deployment.',
      },
      {
        text: 'SageMaker Clarify foundation model evaluation with its built-in datasets',
        correct: false,
        why: 'Clarify FM evaluation scores foundation model outputs (accuracy, toxicity, robustness), not a deployed classifier’s live predictions.',
      },
      {
        text: 'Amazon Augmented AI',
        correct: false,
        why: 'A2I sends single uncertain predictions to people; it does not compute metrics over them.',
      },
    ],
  },
  {
    id: 'model-evaluation-match-metric',
    topic: 'model-evaluation',
    heading: 'how-to-choose-the-metric',
    task: '1.3',
    scope: 'exam',
    format: 'matching',
    stem: 'Match each evaluation need of a classic (non-generative) model to the metric that fits it.',
    pairs: [
      {
        prompt: 'Predict house prices; large errors should weigh more than small ones',
        answer: 'RMSE',
        why: 'Root mean squared error squares each error before averaging, so big misses dominate.',
      },
      {
        prompt: 'Compare two classifiers regardless of the decision threshold',
        answer: 'AUC',
        why: 'The area under the ROC curve summarizes performance over every threshold.',
      },
      {
        prompt: 'A spam filter where a real e-mail sent to spam is the costly mistake',
        answer: 'Precision',
        why: 'Precision is the share of flagged items that really are positive, so it falls with every false alarm.',
      },
      {
        prompt: 'A defect detector where a defective part that ships is the costly mistake',
        answer: 'Recall',
        why: 'Recall is the share of real positives the model finds, so it falls with every miss.',
      },
      {
        prompt: 'Rare positive class; one number that balances false alarms and misses',
        answer: 'F1 score',
        why: 'F1 is the harmonic mean of precision and recall, which suits imbalanced classes better than accuracy.',
      },
    ],
  },
  {
    id: 'model-evaluation-isp-worth-it',
    topic: 'model-evaluation',
    heading: 'business-metrics-is-the-model-worth-it',
    task: '3.4',
    scope: 'exam',
    caseStudy: 'case-isp-support-chatbot',
    format: 'single',
    stem: 'Management asks whether the chatbot is worth its running cost. Which measure answers that question BEST?',
    options: [
      {
        text: 'Cost per resolved conversation versus the cost of an agent call',
        correct: true,
        why: 'A business metric compares what the model costs with the value it brings, here the agent work each resolved conversation saves.',
      },
      {
        text: 'The ROUGE score of answers against the documents',
        correct: false,
        why: 'ROUGE measures word overlap with a reference; a high score says nothing about money saved.',
      },
      {
        text: "The model's perplexity on the troubleshooting guides",
        correct: false,
        why: 'Perplexity measures how well a model predicts text, a technical measure that does not answer a cost question.',
      },
      {
        text: 'The number of tokens the chatbot generates per day',
        correct: false,
        why: 'Token volume drives the bill but says nothing about the value the answers bring.',
      },
    ],
  },
  {
    id: 'model-evaluation-hospital-missed-cases',
    topic: 'model-evaluation',
    heading: 'how-to-choose-the-metric',
    task: '1.3',
    scope: 'exam',
    caseStudy: 'case-hospital-xray-triage',
    format: 'single',
    stem: 'A pneumonia case the model misses is far worse than a healthy X-ray that is read early. Which metric should the team watch MOST closely?',
    options: [
      {
        text: 'Recall',
        correct: true,
        why: 'Recall is the share of real pneumonia cases the model flags, so it drops with every missed case.',
      },
      {
        text: 'Precision',
        correct: false,
        why: 'Precision drops with false alarms (healthy X-rays flagged), the cheaper mistake here.',
      },
      {
        text: 'Accuracy',
        correct: false,
        why: 'With few pneumonia cases, accuracy stays high even when many of them are missed.',
      },
      {
        text: 'RMSE',
        correct: false,
        why: 'RMSE measures the error of numeric predictions, not of a yes-or-no flag.',
      },
    ],
  },
  {
    id: 'model-evaluation-delivery-minutes',
    topic: 'model-evaluation',
    heading: 'regression-how-far-off-the-numbers-are',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: "A delivery company reports its arrival-time model's error to drivers, who want the average miss in minutes, with every minute of error counting the same. Which metric fits?",
    options: [
      {
        text: 'Mean absolute error (MAE)',
        correct: true,
        why: "MAE averages the size of the errors in the target's own unit, each minute counting the same.",
      },
      {
        text: 'Root mean squared error (RMSE)',
        correct: false,
        why: 'RMSE squares errors before averaging, so large misses count more than their minutes.',
      },
      {
        text: 'R² (coefficient of determination)',
        correct: false,
        why: 'R² is the share of variation explained, a number without a unit.',
      },
      {
        text: 'Area under the ROC curve (AUC)',
        correct: false,
        why: 'AUC is for classifiers, not numeric predictions.',
      },
    ],
  },
  {
    id: 'model-evaluation-precision-recall-counts',
    topic: 'model-evaluation',
    heading: 'classification-the-confusion-matrix-and-what-it-gives',
    task: '1.3',
    scope: 'exam',
    format: 'single',
    stem: 'A fraud model flags 100 transactions, of which 80 really are fraud. The test data holds 200 fraud cases in all. Which statement is correct?',
    options: [
      {
        text: 'Precision is 80% and recall is 40%',
        correct: true,
        why: 'Precision = 80 true positives / 100 flagged = 80%; recall = 80 found / 200 actual fraud cases = 40%.',
      },
      {
        text: 'Precision is 40% and recall is 80%',
        correct: false,
        why: 'This swaps the two: precision divides by what was flagged, recall by what really was fraud.',
      },
      {
        text: 'Precision and recall are both 60%',
        correct: false,
        why: 'Averaging the two numbers is not how either metric is defined.',
      },
      {
        text: 'Precision is 80%; recall cannot be computed',
        correct: false,
        why: 'Recall needs the number of actual fraud cases, which is given: 200.',
      },
    ],
  },
];
