import { describe, expect, it } from 'vitest';
import { caseStudies } from '../../data/questions/case-studies';
import { allQuestions } from '../../data/questions';
import { caseStudyOf, caseStudyText } from './case-study';
import { flashcard } from './flashcards';
import { optionOrders, orderOf } from './option-order';

describe('case studies', () => {
  const member = allQuestions.find((question) => question.caseStudy !== undefined);
  const loner = allQuestions.find((question) => question.caseStudy === undefined);

  it('finds the study a question shares, and none for a standalone question', () => {
    if (!member || !loner) throw new Error('the bank has case-study and standalone questions');
    expect(caseStudyOf(member)?.id).toBe(member.caseStudy);
    expect(caseStudyOf(loner)).toBeUndefined();
  });

  it('puts the scenario before the stem on a flashcard, so the card reads on its own', () => {
    if (!member) throw new Error('the bank has case-study questions');
    const study = caseStudies.find((entry) => entry.id === member.caseStudy);
    if (!study) throw new Error(`no study ${member.caseStudy}`);
    const order = orderOf(member, optionOrders(allQuestions));
    const front = flashcard(member, order, 'https://example.org/').front;
    expect(front.startsWith(caseStudyText(study))).toBe(true);
    expect(front.indexOf(member.stem)).toBeGreaterThan(front.indexOf(study.scenario));
  });
});
