import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../data/questions';
import { domainQuotas, drawMock } from './mock';
import { domainOf } from './progress';
import { questionUnits, takeUnits } from './question-units';
import { pickSession } from './session';
import { examDomains } from '../../data/exam-guide';
import type { Question } from '../../data/questions/types';

const ids = (questions: readonly Question[]) => questions.map((question) => question.id);
const studyQuestions = (study: string) => allQuestions.filter((question) => question.caseStudy === study);
const studies = [...new Set(allQuestions.flatMap((question) => question.caseStudy ?? []))];

/** Each case study met in `drawn` appears as one run of consecutive questions in bank order. */
function expectStudiesTogether(drawn: readonly Question[]) {
  for (const study of studies) {
    const at = drawn.flatMap((question, index) => (question.caseStudy === study ? [index] : []));
    if (at.length === 0) continue;
    expect(at, study).toEqual(at.map((_index, n) => at[0] + n));
    const bankOrder = ids(studyQuestions(study)).filter((id) => ids(drawn).includes(id));
    expect(at.map((index) => drawn[index].id)).toEqual(bankOrder);
  }
}

describe('case studies drawn as one unit', () => {
  it('groups a case study at its first question, in bank order, and leaves others alone', () => {
    const [study] = studies;
    const members = studyQuestions(study);
    const loose = allQuestions.filter((question) => question.caseStudy === undefined).slice(0, 3);
    const units = questionUnits([loose[0], members[1], loose[1], members[0], loose[2], members[2]]);
    expect(units.map(ids)).toEqual([
      [loose[0].id],
      [members[1].id, members[0].id, members[2].id],
      [loose[1].id],
      [loose[2].id],
    ]);
  });

  it('takes whole units only, skipping one that would overrun the count', () => {
    const [a, b, c, d] = allQuestions.filter((question) => question.caseStudy === undefined);
    const study = studyQuestions(studies[0]).slice(0, 3);
    expect(ids(takeUnits([[a], study, [b], [c], [d]], 3))).toEqual(ids([a, b, c]));
    expect(ids(takeUnits([[a], study], 4))).toEqual(ids([a, ...study]));
  });

  it('keeps every case study whole and together in mixed sessions of any size', () => {
    for (const seed of [1, 7, 42, 99, 1234]) {
      for (const count of [10, 20, 65]) {
        const session = pickSession(allQuestions, new Map(), { kind: 'mixed' }, count, seed, 0);
        expect(session.length).toBeLessThanOrEqual(count);
        expect(session.length).toBeGreaterThan(count - 4);
        expectStudiesTogether(session);
        for (const study of studies) {
          const inScope = studyQuestions(study).filter((question) => question.scope === 'exam');
          const met = session.filter((question) => question.caseStudy === study);
          if (met.length > 0) expect(met).toHaveLength(inScope.length);
        }
      }
    }
  });

  it('keeps the mock at the exam weights, with case studies together', () => {
    const pool = allQuestions.filter((question) => question.scope === 'exam');
    const available = examDomains.map(
      (domain) => pool.filter((question) => domainOf(question) === domain.number).length,
    );
    for (const seed of [3, 11, 500]) {
      for (const count of [10, 30, 65]) {
        const mock = drawMock(allQuestions, count, seed);
        expect(mock).toHaveLength(count);
        expect(examDomains.map((domain) => mock.filter((q) => domainOf(q) === domain.number).length)).toEqual(
          domainQuotas(available, count),
        );
        expectStudiesTogether(mock);
      }
    }
    // A full mock meets most case studies, and some whole.
    const full = drawMock(allQuestions, 65, 3);
    expect(studies.some((study) => full.filter((q) => q.caseStudy === study).length >= 3)).toBe(true);
  });
});
