import type { Question } from '../../data/questions/types';
import { seededShuffle } from '../reorder';
import { domainOf } from './progress';

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
 * A question as a flashcard: the front asks it with its options (ordering items and matching
 * answers shuffled, as a reader would see them), the back gives the answer, why for every
 * option, and the page that teaches it.
 */
export function flashcard(question: Question, pageUrl: string): Flashcard {
  const lines: string[] = [question.stem, ''];
  const back: string[] = [];
  switch (question.format) {
    case 'single':
    case 'multiple': {
      question.options.forEach((option, index) => lines.push(`${letter(index)}. ${option.text}`));
      const right = question.options.flatMap((option, index) => (option.correct ? [letter(index)] : []));
      back.push(`Answer: ${right.join(', ')}`, '');
      question.options.forEach((option, index) =>
        back.push(`${letter(index)} (${option.correct ? 'right' : 'wrong'}): ${option.why}`),
      );
      break;
    }
    case 'ordering': {
      const shown = seededShuffle(question.items, question.id.length);
      shown.forEach((item, index) => lines.push(`${letter(index)}. ${item.text}`));
      back.push(`Order: ${question.items.map((item) => letter(shown.indexOf(item))).join(', ')}`, '');
      question.items.forEach((item, index) => back.push(`${index + 1}. ${item.text}: ${item.why}`));
      break;
    }
    case 'matching': {
      const answers = seededShuffle(question.pairs, question.id.length);
      question.pairs.forEach((pair, index) => lines.push(`${index + 1}. ${pair.prompt}`));
      lines.push('');
      answers.forEach((pair, index) => lines.push(`${letter(index)}. ${pair.answer}`));
      back.push(
        `Matches: ${question.pairs.map((pair, index) => `${index + 1}-${letter(answers.indexOf(pair))}`).join(', ')}`,
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
    tags: `aif-c01::topic::${question.topic} aif-c01::domain-${domainOf(question)} aif-c01::task-${question.task}`,
  };
}

/**
 * Every question as a CSV file that Anki imports as Basic notes (its file headers set the
 * separator, plain text and the tags column) and Quizlet as term, definition (skip the # lines).
 */
export function flashcardsCsv(
  questions: readonly Question[],
  pageUrl: (question: Question) => string,
): string {
  const headers = ['#separator:Comma', '#html:false', '#columns:Front,Back,Tags', '#tags column:3'].join(
    '\r\n',
  );
  const cards = questions.map((question) => flashcard(question, pageUrl(question)));
  return `${headers}\r\n${toCsv(cards.map((card) => [card.front, card.back, card.tags]))}`;
}
