import type { Question } from '../../data/questions/types';

/**
 * What a question outside the exam's scope says about itself, on every view (nothing for an exam
 * question), so a reader never takes a new account's answer, or API detail, for the exam's.
 */
export function scopeNote(question: Question): string | undefined {
  if (question.scope === 'today') return 'Beyond the exam: what a new AWS account can use today.';
  if (question.scope === 'deeper') return "Going deeper: practitioner detail outside the exam guide's scope.";
  return undefined;
}
