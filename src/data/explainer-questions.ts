/**
 * The bank's questions each explainer ends with: ones the reader can answer by trying them on it.
 * The explainer's component shows them under its own heading; its topic's Check yourself at the end
 * of the page leaves them out, so no question shows twice on one page.
 */
export interface ExplainerQuestions {
  /** The topic page the explainer sits on (its slug). */
  topic: string;
  /** What the page calls the explainer, for "… follow the threshold explorer above". */
  name: string;
  /** The id of the heading over its questions, unique on the page. */
  headingId: string;
  /** Question ids from src/data/questions/topics/<topic>.ts, in the order shown. */
  ids: readonly string[];
}

export const explainerQuestions = {
  threshold: {
    topic: 'model-evaluation',
    name: 'threshold explorer',
    headingId: 'threshold-explorer-questions',
    ids: ['model-evaluation-fraud-recall', 'model-evaluation-business-and-imbalance'],
  },
  fit: {
    topic: 'bias-variance',
    name: 'fit explorer',
    headingId: 'fit-explorer-questions',
    ids: ['bias-variance-diagnose-overfit', 'bias-variance-overfit-remedies'],
  },
  biasMetrics: {
    topic: 'clarify',
    name: 'pre-training bias explorer',
    headingId: 'bias-metrics-questions',
    ids: ['clarify-pretraining-bias-age'],
  },
} as const satisfies Record<string, ExplainerQuestions>;

/** The explainers on a topic's page whose questions it shows. */
export function explainersOn(topic: string): ExplainerQuestions[] {
  return Object.values(explainerQuestions).filter((explainer) => explainer.topic === topic);
}
