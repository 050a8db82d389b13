import type { MultipleResponseQuestion, Question, SingleChoiceQuestion } from '../../data/questions/types';

/**
 * Length cues in answer options: a candidate who picks the longest option, or the option far longer
 * than the rest, should not score. These statistics measure how far the bank lets that habit win.
 * Lengths are in characters of the option text as the reader sees it.
 */

/** How much longer the key is than the longest distractor of a multiple-choice question (1 = as long). */
export function keyLengthRatio(question: SingleChoiceQuestion): number {
  const key = question.options.find((option) => option.correct);
  const longestDistractor = Math.max(
    ...question.options.filter((option) => !option.correct).map((option) => option.text.length),
  );
  return (key?.text.length ?? 0) / longestDistractor;
}

/** How many distractors are longer than the key: 0 when the key is (one of) the longest. */
export function keyLengthRank(question: SingleChoiceQuestion): number {
  const key = question.options.find((option) => option.correct);
  const keyLength = key?.text.length ?? 0;
  return question.options.filter((option) => !option.correct && option.text.length > keyLength).length;
}

/** The key is longer than every distractor, so "pick the longest" would find it. */
export function keyIsLongest(question: SingleChoiceQuestion): boolean {
  return keyLengthRatio(question) > 1;
}

/** Every correct option of a multiple-response question is longer than every wrong one. */
export function correctOptionsAllLonger(question: MultipleResponseQuestion): boolean {
  const lengths = (correct: boolean) =>
    question.options.filter((option) => option.correct === correct).map((option) => option.text.length);
  return Math.min(...lengths(true)) > Math.max(...lengths(false));
}

export interface LengthStatistics {
  /** Number of multiple-choice (single-answer) questions. */
  singleCount: number;
  /** Ids of multiple-choice questions whose key is the longest option. */
  keyLongest: string[];
  /** Share of multiple-choice questions whose key is the longest option, 0 to 1. */
  keyLongestShare: number;
  /**
   * Share of multiple-choice questions by the key's length rank (index 0: no distractor is longer,
   * 1: one is, …). A bank that avoids long keys can fall into the opposite cue ("never the longest");
   * an even spread leaves length no use at all.
   */
  keyRankShares: number[];
  /** Multiple-choice questions whose key is at least `ratio` times its longest distractor. */
  keyFarLonger: { id: string; ratio: number }[];
  /** Ids of multiple-response questions whose correct options are all longer than the wrong ones. */
  correctAllLonger: string[];
}

/** The length statistics of a set of questions; `ratio` is the "far longer" threshold. */
export function lengthStatistics(questions: readonly Question[], ratio = 1.5): LengthStatistics {
  const singles = questions.filter(
    (question): question is SingleChoiceQuestion => question.format === 'single',
  );
  const keyLongest = singles.filter(keyIsLongest).map((question) => question.id);
  return {
    singleCount: singles.length,
    keyLongest,
    keyLongestShare: singles.length === 0 ? 0 : keyLongest.length / singles.length,
    keyRankShares: [0, 1, 2, 3].map((rank) =>
      singles.length === 0
        ? 0
        : singles.filter((question) => keyLengthRank(question) === rank).length / singles.length,
    ),
    keyFarLonger: singles
      .map((question) => ({ id: question.id, ratio: keyLengthRatio(question) }))
      .filter((entry) => entry.ratio >= ratio),
    correctAllLonger: questions
      .filter((question): question is MultipleResponseQuestion => question.format === 'multiple')
      .filter(correctOptionsAllLonger)
      .map((question) => question.id),
  };
}
