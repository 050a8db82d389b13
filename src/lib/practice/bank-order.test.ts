// The site's question bank as readers get it: no view may give the key away by its position.
// Checked over the orders and over what the static views really render (the no-JS questions and
// the printed set share StaticQuestion; the CSV is written by flashcardsCsv).
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { allQuestions, bankOrders } from '../../data/questions';
import type { Question } from '../../data/questions/types';
import { StaticQuestions } from '../../components/practice/StaticQuestions';
import { flashcardsCsv } from './flashcards';
import { keyPlacements, keyPositionProblems, nearStartProblems, type KeyPlacement } from './key-positions';
import { isFarFromAnswer } from './option-order';

const letters = (text: string) =>
  [...text.matchAll(/(?:^|[;,] ?)([A-H])\b/g)].map((match) => match[1].charCodeAt(0) - 65);

/** Where a view shows each question's keys, from the answer line it prints ("Answer: B. …; D. …"). */
function placementsShown(texts: readonly string[], pattern: RegExp): KeyPlacement[] {
  return allQuestions.flatMap((question, index) => {
    if (question.format !== 'single' && question.format !== 'multiple') return [];
    const line = pattern.exec(texts[index])?.[1] ?? '';
    const keys = question.format === 'single' ? letters(line).slice(0, 1) : letters(line);
    return [{ id: question.id, format: question.format, optionCount: question.options.length, keys }];
  });
}

/** Ordering questions whose start order, read back from the letters of the right order, is near it. */
function nearOrders(texts: readonly string[], pattern: RegExp): string[] {
  return allQuestions.flatMap((question: Question, index) => {
    if (question.format !== 'ordering') return [];
    const positions = letters(pattern.exec(texts[index])?.[1] ?? '');
    const shown: number[] = [];
    positions.forEach((position, item) => (shown[position] = item));
    return isFarFromAnswer(shown) && positions.length === question.items.length ? [] : [question.id];
  });
}

describe('the question bank', () => {
  it('puts keys on every position about equally often', () => {
    expect(keyPositionProblems(keyPlacements(allQuestions, bankOrders))).toEqual([]);
  });

  it('starts ordering items and matching answers far from the answer order', () => {
    expect(nearStartProblems(allQuestions, bankOrders)).toEqual([]);
  });

  it('shows the keys where the orders put them in the no-JS questions and the printed set', () => {
    const html = renderToString(
      h(StaticQuestions, { questions: allQuestions, orders: bankOrders, base: '/', intro: '' }),
    );
    const texts = html
      .split('data-question="')
      .slice(1)
      .map((chunk) => chunk.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(texts).toHaveLength(allQuestions.length);
    const shown = placementsShown(texts, /Answer: (.*?) (?:✓|✗)/);
    expect(shown).toEqual(keyPlacements(allQuestions, bankOrders));
    expect(keyPositionProblems(shown)).toEqual([]);
    expect(nearOrders(texts, /The right order: ([A-H, ]+)/)).toEqual([]);
  });

  it('shows the keys where the orders put them in the CSV', () => {
    // Records end in CRLF; the fields themselves break lines with LF only.
    const cards = flashcardsCsv(allQuestions, bankOrders, () => '/')
      .split('\r\n')
      .slice(4, -1);
    expect(cards).toHaveLength(allQuestions.length);
    const shown = placementsShown(cards, /Answer: ([A-H, ]+)/);
    expect(shown).toEqual(keyPlacements(allQuestions, bankOrders));
    expect(keyPositionProblems(shown)).toEqual([]);
    expect(nearOrders(cards, /Order: ([A-H, ]+)/)).toEqual([]);
  });
});
