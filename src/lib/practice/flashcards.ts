import type { Question } from '../../data/questions/types';
import { orderOf, type OptionOrders } from './option-order';
import { domainOf } from './progress';
import { caseStudyOf, caseStudyText } from './case-study';
import { scopeNote } from './scope';

/** The CSV's file name at the site's root (written by src/pages/aif-c01-sagemaker-questions.csv.ts). */
export const flashcardsFile = 'aif-c01-sagemaker-questions.csv';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text, one record per line (CRLF, as RFC 4180 says). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const letter = (index: number) => String.fromCharCode(65 + index);

export interface Flashcard {
  front: string;
  back: string;
  /** Space-separated Anki tags (hierarchical with ::). */
  tags: string;
}

/**
 * A question as a flashcard: the front asks it with its options, items or matching answers in
 * `order` (the order every view of the site shows), the back gives the answer by those letters,
 * why for every option, and the page that teaches it.
 */
export function flashcard(question: Question, order: readonly number[], pageUrl: string): Flashcard {
  const note = scopeNote(question);
  const study = caseStudyOf(question);
  const lines: string[] = [
    ...(study ? [caseStudyText(study), ''] : []),
    question.stem,
    '',
    ...(note ? [note, ''] : []),
  ];
  const back: string[] = [];
  switch (question.format) {
    case 'single':
    case 'multiple': {
      const shown = order.map((index) => question.options[index]);
      shown.forEach((option, at) => lines.push(`${letter(at)}. ${option.text}`));
      const right = shown.flatMap((option, at) => (option.correct ? [letter(at)] : []));
      back.push(`Answer: ${right.join(', ')}`, '');
      shown.forEach((option, at) =>
        back.push(`${letter(at)} (${option.correct ? 'right' : 'wrong'}): ${option.why}`),
      );
      break;
    }
    case 'ordering': {
      order.forEach((index, at) => lines.push(`${letter(at)}. ${question.items[index].text}`));
      back.push(`Order: ${question.items.map((_, index) => letter(order.indexOf(index))).join(', ')}`, '');
      question.items.forEach((item, index) => back.push(`${index + 1}. ${item.text}: ${item.why}`));
      break;
    }
    case 'matching': {
      question.pairs.forEach((pair, index) => lines.push(`${index + 1}. ${pair.prompt}`));
      lines.push('');
      order.forEach((index, at) => lines.push(`${letter(at)}. ${question.pairs[index].answer}`));
      back.push(
        `Matches: ${question.pairs.map((_, index) => `${index + 1}-${letter(order.indexOf(index))}`).join(', ')}`,
        '',
      );
      question.pairs.forEach((pair, index) =>
        back.push(`${index + 1}. ${pair.prompt} → ${pair.answer}: ${pair.why}`),
      );
      break;
    }
  }
  back.push('', `Learn it: ${pageUrl}`);
  return {
    front: lines.join('\n').trim(),
    back: back.join('\n'),
    tags: `aif-c01::topic::${question.topic} aif-c01::domain-${domainOf(question)} aif-c01::task-${question.task} aif-c01::scope::${question.scope}`,
  };
}

/**
 * Every question as a CSV file that Anki imports as Basic notes (its file headers set the
 * separator, plain text and the tags column) and Quizlet as term, definition (skip the # lines).
 */
export function flashcardsCsv(
  questions: readonly Question[],
  orders: OptionOrders,
  pageUrl: (question: Question) => string,
): string {
  const headers = ['#separator:Comma', '#html:false', '#columns:Front,Back,Tags', '#tags column:3'].join(
    '\r\n',
  );
  const cards = questions.map((question) =>
    flashcard(question, orderOf(question, orders), pageUrl(question)),
  );
  return `${headers}\r\n${toCsv(cards.map((card) => [card.front, card.back, card.tags]))}`;
}
