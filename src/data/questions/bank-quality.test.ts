import { describe, expect, it } from 'vitest';
import { lengthStatistics } from '../../lib/practice/bank-length';
import { closedNamesIn } from '../availability';
import { caseStudies } from './case-studies';
import { allQuestions } from './index';
import type { Question } from './types';

/**
 * What makes the bank train for the real exam, checked over the whole bank: no answer found by its
 * length, the exam's own conventions, scope and case studies that hold together. Each check fails
 * naming the questions at fault.
 */

/**
 * Keys allowed to be at least 1.5 times as long as their longest distractor (at most three), each
 * with the reason a shorter key would be wrong or a longer distractor silly. None is needed today.
 */
const farLongerKeysAllowed: Record<string, string> = {};

const singleCount = allQuestions.filter((question) => question.format === 'single').length;

describe('the question bank, by length of its options', () => {
  const stats = lengthStatistics(allQuestions);

  it('has the key as the longest option in at most 35 % of multiple-choice questions', () => {
    const allowed = Math.floor(0.35 * singleCount);
    expect(stats.keyLongest.length, `key longest in: ${stats.keyLongest.join(', ')}`).toBeLessThanOrEqual(
      allowed,
    );
  });

  it('spreads the key over the length ranks, so "never the longest" is no cue either', () => {
    for (const share of stats.keyRankShares) expect(share).toBeLessThanOrEqual(0.4);
  });

  it('has no key 1.5 times as long as its longest distractor, beyond the listed exceptions', () => {
    expect(Object.keys(farLongerKeysAllowed).length).toBeLessThanOrEqual(3);
    const unexpected = stats.keyFarLonger.filter((entry) => !(entry.id in farLongerKeysAllowed));
    expect(unexpected).toEqual([]);
  });

  it('never makes every correct option of a multiple-response question longer than every wrong one', () => {
    expect(stats.correctAllLonger).toEqual([]);
  });
});

describe('the question bank, by the conventions of the exam', () => {
  it('holds at least 200 questions', () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(200);
  });

  it('has stems that set a scenario instead of talking about the exam or a study guide', () => {
    const talking = allQuestions.filter((question) =>
      /\bexam\b|study guide|does the question point/i.test(question.stem),
    );
    expect(talking.map((question) => question.id)).toEqual([]);
  });

  it('ends every multiple-response stem with "(Choose two.)" and the like, matching the count', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five'];
    const wrong = allQuestions.filter(
      (question) =>
        question.format === 'multiple' && !question.stem.endsWith(`(Choose ${words[question.choose]}.)`),
    );
    expect(wrong.map((question) => question.id)).toEqual([]);
  });
});

describe('the scope of each question', () => {
  const keyTexts = (question: Question) =>
    question.format === 'single' || question.format === 'multiple'
      ? question.options.filter((option) => option.correct)
      : [];

  it('says on every "today" question that it asks about a new account now', () => {
    const silent = allQuestions.filter(
      (question) => question.scope === 'today' && !/new AWS account|today|\b20\d\d\b/i.test(question.stem),
    );
    expect(silent.map((question) => question.id)).toEqual([]);
  });

  it("gives today's new-account answer beside the exam's when an in-scope key names a closed service", () => {
    const withoutNote = allQuestions.filter(
      (question) =>
        question.scope === 'exam' &&
        keyTexts(question).some((option) => closedNamesIn(option.text).length > 0) &&
        !keyTexts(question).some((option) => option.why.includes('In a new account today')),
    );
    expect(withoutNote.map((question) => question.id)).toEqual([]);
  });
});

describe('the case studies', () => {
  const questionsOf = (id: string) => allQuestions.filter((question) => question.caseStudy === id);

  it('are at least six, with unique ids, a title and a scenario', () => {
    expect(caseStudies.length).toBeGreaterThanOrEqual(6);
    expect(new Set(caseStudies.map((study) => study.id)).size).toBe(caseStudies.length);
    for (const study of caseStudies) {
      expect(study.id).toMatch(/^case-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(study.title.trim()).not.toBe('');
      expect(study.scenario.length, study.id).toBeGreaterThan(200);
    }
  });

  it('each have three or four questions, all in the exam scope', () => {
    const sizes = Object.fromEntries(caseStudies.map((study) => [study.id, questionsOf(study.id).length]));
    const wrongSize = Object.entries(sizes).filter(([, size]) => size < 3 || size > 4);
    expect(wrongSize).toEqual([]);
    const outOfScope = allQuestions.filter((question) => question.caseStudy && question.scope !== 'exam');
    expect(outOfScope.map((question) => question.id)).toEqual([]);
  });

  it('are named by questions only through ids that exist', () => {
    const ids = new Set(caseStudies.map((study) => study.id));
    const dangling = allQuestions.filter((question) => question.caseStudy && !ids.has(question.caseStudy));
    expect(dangling.map((question) => question.id)).toEqual([]);
  });
});
