import type { Question } from '../../data/questions/types';

/** What the question checks look questions up against (the site's own data in the real test). */
export interface QuestionContext {
  topicSlugs: ReadonlySet<string>;
  taskIds: ReadonlySet<string>;
  /** The heading ids of a topic page, or undefined when the page does not exist. */
  headingsOf: (slug: string) => ReadonlySet<string> | undefined;
}

/** Questions sharing at least this share of their words are taken as the same question twice. */
export const nearDuplicateThreshold = 0.85;

/**
 * Every problem of the question data, as readable lines naming the question (empty when all is
 * well): the exam's format rules, an explanation for every option, links that resolve, no repeats.
 */
export function questionProblems(questions: readonly Question[], context: QuestionContext): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const question of questions) {
    const say = (problem: string) => problems.push(`${question.id}: ${problem}`);
    if (seen.has(question.id)) say('id used twice');
    seen.add(question.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(question.id)) say('id is not kebab-case');
    if (!question.id.startsWith(`${question.topic}-`))
      say(`id does not start with its topic "${question.topic}-"`);
    if (!question.stem.trim()) say('empty stem');
    for (const problem of formatProblems(question)) say(problem);
    if (!context.topicSlugs.has(question.topic)) say(`unknown topic "${question.topic}"`);
    else {
      const headings = context.headingsOf(question.topic);
      if (!headings) say(`topic page "${question.topic}" not found`);
      else if (!headings.has(question.heading))
        say(`no heading "#${question.heading}" on page "${question.topic}"`);
    }
    if (!context.taskIds.has(question.task)) say(`unknown exam task "${question.task}"`);
  }
  problems.push(...nearDuplicates(questions));
  return problems;
}

function formatProblems(question: Question): string[] {
  const problems: string[] = [];
  const unexplained = (entries: readonly { why: string }[]) =>
    entries.filter((entry) => !entry.why.trim()).length;
  const repeated = (texts: readonly string[]) => new Set(texts.map(normalize)).size !== texts.length;
  switch (question.format) {
    case 'single': {
      const correct = question.options.filter((option) => option.correct).length;
      if (question.options.length !== 4)
        problems.push(`multiple choice needs 4 options, has ${question.options.length}`);
      if (correct !== 1) problems.push(`multiple choice needs exactly 1 correct option, has ${correct}`);
      break;
    }
    case 'multiple': {
      const correct = question.options.filter((option) => option.correct).length;
      if (question.options.length < 5)
        problems.push(`multiple response needs 5 or more options, has ${question.options.length}`);
      if (question.choose < 2)
        problems.push(`multiple response must ask for 2 or more, asks for ${question.choose}`);
      if (correct !== question.choose)
        problems.push(`asks to choose ${question.choose} but has ${correct} correct options`);
      break;
    }
    case 'ordering':
      if (question.items.length < 3 || question.items.length > 5)
        problems.push(`ordering needs 3 to 5 items, has ${question.items.length}`);
      break;
    case 'matching':
      if (question.pairs.length < 3 || question.pairs.length > 7)
        problems.push(`matching needs 3 to 7 pairs, has ${question.pairs.length}`);
      if (repeated(question.pairs.map((pair) => pair.prompt))) problems.push('two prompts read the same');
      if (repeated(question.pairs.map((pair) => pair.answer)))
        problems.push('two answers read the same (which one is right?)');
      break;
  }
  const entries =
    question.format === 'ordering'
      ? question.items
      : question.format === 'matching'
        ? question.pairs
        : question.options;
  const missing = unexplained(entries);
  if (missing > 0) problems.push(`${missing} option(s) without an explanation`);
  if (question.format === 'single' || question.format === 'multiple' || question.format === 'ordering') {
    const texts =
      question.format === 'ordering'
        ? question.items.map((item) => item.text)
        : question.options.map((option) => option.text);
    if (repeated(texts)) problems.push('two options read the same');
  }
  return problems;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Share of words two texts have in common (Jaccard index of their word sets), 0 to 1. */
export function textSimilarity(a: string, b: string): number {
  return wordSetSimilarity(wordSet(a), wordSet(b));
}

function wordSet(text: string): Set<string> {
  return new Set(normalize(text).split(' '));
}

function wordSetSimilarity(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / (wordsA.size + wordsB.size - shared);
}

/** The stem with every option, item or pair: generic stems ("Match each…") differ by their options. */
function answeredText(question: Question): string {
  const parts =
    question.format === 'ordering'
      ? question.items.map((item) => item.text)
      : question.format === 'matching'
        ? question.pairs.flatMap((pair) => [pair.prompt, pair.answer])
        : question.options.map((option) => option.text);
  return [question.stem, ...parts].join(' ');
}

function nearDuplicates(questions: readonly Question[]): string[] {
  // Each question's words once, not once per pair: the bank is compared pairwise (n² pairs).
  const entries = questions.map((question) => ({ id: question.id, words: wordSet(answeredText(question)) }));
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    for (const other of entries.slice(index + 1)) {
      if (wordSetSimilarity(entry.words, other.words) >= nearDuplicateThreshold) {
        problems.push(`${entry.id}: nearly the same question as ${other.id}`);
      }
    }
  });
  return problems;
}
