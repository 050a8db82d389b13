import { describe, expect, it } from 'vitest';
import { explainerQuestions, explainersOn } from './explainer-questions';
import { allQuestions } from './questions';
import { findTopic } from './topics';

describe("the explainers' questions", () => {
  const explainers = Object.values(explainerQuestions);

  for (const explainer of explainers) {
    it(`the ${explainer.name} asks one or two questions of its own topic, ${explainer.topic}`, () => {
      expect(findTopic(explainer.topic)).toBeDefined();
      expect(explainer.ids.length).toBeGreaterThanOrEqual(1);
      expect(explainer.ids.length).toBeLessThanOrEqual(2);
      for (const id of explainer.ids) {
        expect(allQuestions.find((question) => question.id === id)?.topic, id).toBe(explainer.topic);
      }
    });
  }

  it('have heading ids that are unique and not the page’s Check yourself', () => {
    const ids = explainers.map((explainer) => explainer.headingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('check-yourself');
  });

  it('are found by the topic of their page only', () => {
    expect(explainersOn('bias-variance')).toEqual([explainerQuestions.fit]);
    expect(explainersOn('overview')).toEqual([]);
  });
});
