/**
 * The site's interactives, each with the page and heading it sits under and what it teaches. The
 * home page offers them; interactives.test.ts checks that each page still imports the component
 * under that heading.
 */
export interface Interactive {
  name: string;
  /** What a reader learns by using it, completing "It teaches…" in the reader's words. */
  teaches: string;
  /** The topic page it is on (src/data/topics.ts). */
  slug: string;
  /** Id of the heading it sits under; absent when it is the page's purpose. */
  heading?: string;
  /** The Astro component the page imports, for the check that it is really there. */
  component: string;
}

export const interactives: readonly Interactive[] = [
  {
    name: 'Inference chooser',
    teaches:
      'which of real-time, serverless, asynchronous or batch inference fits a workload, and the limit that rules out each other option',
    slug: 'inference',
    heading: 'which-option-fits-your-workload',
    component: 'InferenceChooser',
  },
  {
    name: 'Cost ladder',
    teaches:
      'the ways to customise a foundation model, from prompt engineering to pre-training, in their order of cost, and which one a scenario needs',
    slug: 'jumpstart',
    heading: 'the-cost-ladder-of-customization',
    component: 'CostLadder',
  },
  {
    name: 'Threshold explorer',
    teaches: 'how a classification threshold moves the confusion matrix, precision, recall and the ROC curve',
    slug: 'model-evaluation',
    heading: 'explore-threshold-and-metrics',
    component: 'ThresholdExplorer',
  },
  {
    name: 'Fit explorer',
    teaches: 'underfitting and overfitting, and what each remedy does to training and validation error',
    slug: 'bias-variance',
    heading: 'explore-bias-variance-and-fit',
    component: 'FitExplorer',
  },
  {
    name: 'Bias metrics',
    teaches:
      'the two pre-training bias metrics Clarify reports (class imbalance and DPL) on groups you change',
    slug: 'clarify',
    heading: 'explore-pre-training-bias-ci-and-dpl',
    component: 'BiasMetrics',
  },
  {
    name: 'Pipeline builder',
    teaches:
      'how SageMaker Pipelines steps depend on one another, by building a pipeline and exporting a definition that runs',
    slug: 'pipeline-builder',
    component: 'PipelineBuilder',
  },
  {
    name: 'Practice',
    teaches: 'exam-style questions on every topic, spaced review of what you missed and a timed mock exam',
    slug: 'practice',
    component: 'Practice',
  },
];
