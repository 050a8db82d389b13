/**
 * The site's topics, grouped along the ML lifecycle a reader already knows.
 * The sidebar, the home page's cards and lifecycle map, and the content checks all read this list,
 * so a page's place in the lifecycle is declared once.
 */
export type StageId = 'start' | 'prepare' | 'build' | 'deploy' | 'govern' | 'automate' | 'revise';

export interface Stage {
  id: StageId;
  label: string;
  /** One line shown under the stage on the lifecycle map. */
  blurb: string;
}

export interface Topic {
  /** Page slug under src/content/docs/ (also its URL path below the base). */
  slug: string;
  /** Short label for the sidebar, cards and map. */
  label: string;
  stage: StageId;
}

export const stages: readonly Stage[] = [
  { id: 'start', label: 'Start here', blurb: 'What SageMaker AI is and where you work in it' },
  { id: 'prepare', label: 'Prepare data', blurb: 'Label, clean and engineer the data' },
  { id: 'build', label: 'Build and train', blurb: 'Pick, train, tune, evaluate and explain models' },
  { id: 'deploy', label: 'Deploy', blurb: 'Serve predictions the way the workload needs' },
  { id: 'govern', label: 'Govern and monitor', blurb: 'Document, version, watch and control models' },
  { id: 'automate', label: 'Automate', blurb: 'Run the whole lifecycle as a repeatable pipeline' },
  { id: 'revise', label: 'Revise', blurb: 'Cheat sheet, glossary and practice questions' },
];

export const topics: readonly Topic[] = [
  { slug: 'overview', label: 'SageMaker AI overview', stage: 'start' },
  { slug: 'studio', label: 'SageMaker Studio', stage: 'start' },
  { slug: 'ml-features', label: 'ML features', stage: 'prepare' },
  { slug: 'data-wrangler', label: 'Data Wrangler', stage: 'prepare' },
  { slug: 'feature-store', label: 'Feature Store', stage: 'prepare' },
  { slug: 'ground-truth', label: 'Ground Truth', stage: 'prepare' },
  { slug: 'built-in-algorithms', label: 'Built-in algorithms', stage: 'build' },
  { slug: 'automatic-model-tuning', label: 'Automatic Model Tuning', stage: 'build' },
  { slug: 'bias-variance', label: 'Bias, variance and fit', stage: 'build' },
  { slug: 'model-evaluation', label: 'Evaluation metrics', stage: 'build' },
  { slug: 'jumpstart', label: 'JumpStart and fine-tuning', stage: 'build' },
  { slug: 'canvas', label: 'Canvas', stage: 'build' },
  { slug: 'clarify', label: 'Clarify', stage: 'build' },
  { slug: 'mlflow', label: 'MLflow on SageMaker AI', stage: 'build' },
  { slug: 'inference', label: 'Deployment and inference', stage: 'deploy' },
  { slug: 'ml-governance', label: 'ML governance', stage: 'govern' },
  { slug: 'model-dashboard', label: 'Model Dashboard', stage: 'govern' },
  { slug: 'model-monitor', label: 'Model Monitor', stage: 'govern' },
  { slug: 'model-registry', label: 'Model Registry', stage: 'govern' },
  { slug: 'human-review', label: 'A2I human review', stage: 'govern' },
  { slug: 'security-lineage', label: 'Security and lineage', stage: 'govern' },
  { slug: 'pipelines', label: 'Pipelines', stage: 'automate' },
  { slug: 'pipeline-builder', label: 'Pipeline builder', stage: 'automate' },
  { slug: 'summary', label: 'Cheat sheet', stage: 'revise' },
  { slug: 'glossary', label: 'Glossary', stage: 'revise' },
  { slug: 'practice', label: 'Practice', stage: 'revise' },
];

export function topicsInStage(stage: StageId): Topic[] {
  return topics.filter((topic) => topic.stage === stage);
}

export function findTopic(slug: string): Topic | undefined {
  return topics.find((topic) => topic.slug === slug);
}
