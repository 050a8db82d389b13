import type { Question } from '../../data/questions/types';

/**
 * What a reader answers: the stem and the options, items or pairs (with which are right), not the
 * explanations or links. A reworded question gets a new hash, so an old answer to it counts as none.
 */
function answeredContent(question: Question): unknown {
  switch (question.format) {
    case 'single':
    case 'multiple':
      return [question.stem, question.options.map((option) => [option.text, option.correct])];
    case 'ordering':
      return [question.stem, question.items.map((item) => item.text)];
    case 'matching':
      return [question.stem, question.pairs.map((pair) => [pair.prompt, pair.answer])];
  }
}

/** FNV-1a (32 bits) of the question's answered content, in base 36: short, stable, no crypto needed. */
export function questionHash(question: Question): string {
  const text = JSON.stringify([question.format, answeredContent(question)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
