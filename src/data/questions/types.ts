/**
 * Exam-style practice questions, written for this site (never copied from a practice exam).
 * One file per topic page under ./topics/, named after the page's slug; ./index.ts gathers them.
 * The formats are the exam guide's (see questionTypes in ../exam-guide.ts).
 */

export type QuestionScope = 'exam' | 'deeper' | 'today';

/**
 * A case study (an exam question type): one scenario that several questions share. Its questions
 * carry `caseStudy: <id>` and are shown, drawn and printed together, after the scenario.
 */
export interface CaseStudy {
  /** Stable id, e.g. `case-lender-credit-model`. */
  id: string;
  title: string;
  /** The scenario, a few sentences the reader needs for every question of the study. */
  scenario: string;
}

/** One answer option with why it is right or wrong, shown after the reader answers. */
export interface ChoiceOption {
  text: string;
  correct: boolean;
  why: string;
}

interface QuestionBase {
  /** Stable id: `<topic slug>-<short-kebab-name>`, e.g. `clarify-shap-loan`. Never reused. */
  id: string;
  /** Slug of the topic page that teaches the answer (src/data/topics.ts). */
  topic: string;
  /** Id of the heading on that page that teaches it (the anchor after `#`), e.g. `detect-bias`. */
  heading: string;
  /** Exam task statement the question serves, e.g. '3.4' (src/data/exam-guide.ts). */
  task: string;
  /**
   * What the question trains for. `exam`: inside the exam guide's scope, keyed to the answer the
   * exam expects. `deeper`: accurate practitioner detail the exam guide puts out of scope (API
   * fields, building pipelines, security set-up). `today`: keyed to what a new AWS account can use
   * now, which can differ from the exam's answer for services closed to new customers.
   * Domain sessions and the mock draw `exam` questions only.
   */
  scope: QuestionScope;
  /** Id of the case study (./case-studies.ts) whose scenario this question shares, if any. */
  caseStudy?: string;
  /** The question as the reader sees it; scenario questions state the qualifier that decides. */
  stem: string;
}

/** Multiple choice: one correct option among four. */
export interface SingleChoiceQuestion extends QuestionBase {
  format: 'single';
  options: ChoiceOption[];
}

/** Multiple response: `choose` correct options among five or more ("Choose two."). */
export interface MultipleResponseQuestion extends QuestionBase {
  format: 'multiple';
  choose: number;
  options: ChoiceOption[];
}

/** Ordering: 3 to 5 items, listed here in the correct order; readers see them shuffled. */
export interface OrderingQuestion extends QuestionBase {
  format: 'ordering';
  items: { text: string; why: string }[];
}

/** Matching: 3 to 7 prompts, each with its one right answer; readers pick answers from all of them. */
export interface MatchingQuestion extends QuestionBase {
  format: 'matching';
  pairs: { prompt: string; answer: string; why: string }[];
}

export type Question = SingleChoiceQuestion | MultipleResponseQuestion | OrderingQuestion | MatchingQuestion;

/**
 * What the practice menu needs of a question before any question's text has loaded: enough to
 * count, pick and draw sessions and to read the reader's progress (`hash` is the question's
 * content hash, src/lib/practice/content-hash.ts).
 */
export interface QuestionKey {
  id: string;
  topic: string;
  task: string;
  scope: QuestionScope;
  hash: string;
  /** The case study it belongs to: sessions and the mock draw a case study as one unit. */
  caseStudy?: string;
}

/** A whole question, or its key: what progress, sessions and the mock can work from. */
export type Answerable = Question | QuestionKey;
