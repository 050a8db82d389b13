import { caseStudies } from '../../data/questions/case-studies';
import type { CaseStudy, Question } from '../../data/questions/types';

const byId = new Map(caseStudies.map((study) => [study.id, study]));

/** The case study whose scenario `question` shares, if it belongs to one. */
export function caseStudyOf(question: Question): CaseStudy | undefined {
  return question.caseStudy === undefined ? undefined : byId.get(question.caseStudy);
}

/** The scenario as one line of text, for the views that carry plain text (flashcards, CSV). */
export function caseStudyText(study: CaseStudy): string {
  return `Case study: ${study.title}. ${study.scenario}`;
}
