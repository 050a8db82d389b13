import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, flashcard, flashcardsCsv, toCsv } from './flashcards';
import { optionOrders, orderOf } from './option-order';
import { fixtures, matching, ordering, single } from './test-fixtures';

const orders = optionOrders(fixtures);

/** An RFC 4180 reader, written apart from the writer so the round trip tests one against the other. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes, line breaks and edge spaces only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('round-trips any text through a CSV reader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A lone empty field is an empty line, which readers skip: the cards never have one.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it('exports every question as an Anki/Quizlet card with answer, explanations, link and tags', () => {
    const text = flashcardsCsv(
      fixtures,
      orders,
      (question) => `https://example.com/aif-c01/${question.topic}/#${question.heading}`,
    );
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:Comma',
      '#html:false',
      '#columns:Front,Back,Tags',
      '#tags column:3',
    ]);
    const cards = parseCsv(lines.slice(4).join('\r\n'));
    expect(cards).toHaveLength(fixtures.length);
    const [front, back, tags] = cards[0];
    const shown = orderOf(single, orders).map((index) => single.options[index]);
    expect(front).toBe(
      `Which fixture colour is right?\n\n${shown.map((option, at) => `${'ABCD'[at]}. ${option.text}`).join('\n')}`,
    );
    const green = 'ABCD'[shown.findIndex((option) => option.text === 'Green')];
    expect(back).toContain(`Answer: ${green}`);
    expect(back).toContain(`${green} (right): Green is right.`);
    expect(back).toContain(
      `${'ABCD'[shown.findIndex((option) => option.text === 'Red')]} (wrong): Red is wrong here.`,
    );
    expect(back).toContain('Learn it: https://example.com/aif-c01/clarify/#bias-detection');
    expect(tags).toBe('aif-c01::topic::clarify aif-c01::domain-4 aif-c01::task-4.1 aif-c01::scope::exam');
    const today = flashcard({ ...single, scope: 'today' }, orderOf(single, orders), 'u');
    expect(today.front).toContain('Beyond the exam: what a new AWS account can use today.');
    expect(today.tags).toContain('aif-c01::scope::today');
  });

  it('gives the order and the matches by the letters on the front', () => {
    const order = flashcard(ordering, orderOf(ordering, orders), 'u');
    const letters = (/^Order: (.*)$/m.exec(order.back)?.[1] ?? '').split(', ');
    expect(letters).toEqual([
      expect.stringMatching(/^[A-C]$/),
      expect.stringMatching(/^[A-C]$/),
      expect.stringMatching(/^[A-C]$/),
    ]);
    letters.forEach((answerLetter, index) =>
      expect(order.front).toContain(`${answerLetter}. ${ordering.items[index].text}`),
    );
    expect(order.front).not.toContain('A. Prepare\nB. Train\nC. Evaluate');
    const match = flashcard(matching, orderOf(matching, orders), 'u');
    const pairs = (/^Matches: (.*)$/m.exec(match.back)?.[1] ?? '').split(', ');
    expect(pairs).toHaveLength(matching.pairs.length);
    for (const [index, pair] of pairs.entries()) {
      const answerLetter = pair.split('-')[1];
      expect(match.front).toContain(`${answerLetter}. ${matching.pairs[index].answer}`);
    }
    expect(flashcard(single, orderOf(single, orders), 'u').front).not.toContain('Green is right');
  });
});
