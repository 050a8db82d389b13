import type { Question } from '../../data/questions/types';

/**
 * A reader's answer, by indices into the question's own lists (in the data's order, whatever
 * order the reader saw): the chosen options, the items in the reader's order, or for each
 * matching prompt the index of the pair whose answer was picked (-1 for none).
 */
export type Answer =
  | { format: 'single'; chosen: number }
  | { format: 'multiple'; chosen: number[] }
  | { format: 'ordering'; order: number[] }
  | { format: 'matching'; picks: number[] };

/** Whether an answer gets the point: as on the exam, every part must be right, no partial credit. */
export function isCorrect(question: Question, answer: Answer): boolean {
  switch (question.format) {
    case 'single':
      return answer.format === 'single' && question.options[answer.chosen]?.correct === true;
    case 'multiple': {
      if (answer.format !== 'multiple') return false;
      const chosen = new Set(answer.chosen);
      return (
        question.options.every((option, index) => option.correct === chosen.has(index)) &&
        chosen.size === answer.chosen.length
      );
    }
    case 'ordering':
      return (
        answer.format === 'ordering' &&
        answer.order.length === question.items.length &&
        answer.order.every((item, position) => item === position)
      );
    case 'matching':
      return (
        answer.format === 'matching' &&
        answer.picks.length === question.pairs.length &&
        answer.picks.every((pick, prompt) => pick === prompt)
      );
  }
}

/** What the reader must still do before checking, or undefined when the answer is complete. */
export function incompleteAnswer(question: Question, answer: Answer | undefined): string | undefined {
  if (question.format === 'single')
    return answer?.format === 'single' && answer.chosen >= 0 ? undefined : 'Choose an option first.';
  if (question.format === 'multiple') {
    const count = answer?.format === 'multiple' ? answer.chosen.length : 0;
    return count === question.choose ? undefined : `Choose ${question.choose} options (you chose ${count}).`;
  }
  if (question.format === 'matching') {
    const open =
      answer?.format === 'matching' ? answer.picks.filter((pick) => pick < 0).length : question.pairs.length;
    return open === 0 ? undefined : `Pick an answer for every prompt (${open} left).`;
  }
  return undefined;
}
