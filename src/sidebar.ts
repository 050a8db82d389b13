import { stages, topicsInStage } from './data/topics';

/** Starlight sidebar built from the topic registry, in lifecycle order (also the prev/next order). */
export const sidebar = stages.map((stage) => ({
  label: stage.label,
  items: topicsInStage(stage.id).map((topic) => ({ label: topic.label, slug: topic.slug })),
}));
