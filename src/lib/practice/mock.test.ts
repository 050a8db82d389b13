import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../data/questions';
import { domainOf } from './progress';
import { clockWords, domainQuotas, drawMock, scaledEstimate } from './mock';
import { fixtures, single } from './test-fixtures';

describe('mock draw', () => {
  it('gives each domain its exam weight (20/24/28/14/14 %) when the bank allows', () => {
    expect(domainQuotas([100, 100, 100, 100, 100], 50)).toEqual([10, 12, 14, 7, 7]);
    expect(domainQuotas([100, 100, 100, 100, 100], 65)).toEqual([13, 16, 18, 9, 9]);
  });

  it('hands what a small domain cannot fill to the others by weight, never more than there are', () => {
    const quotas = domainQuotas([112, 3, 18, 14, 21], 65);
    expect(quotas[1]).toBe(3);
    expect(quotas.reduce((sum, n) => sum + n, 0)).toBe(65);
    quotas.forEach((quota, at) => expect(quota).toBeLessThanOrEqual([112, 3, 18, 14, 21][at]));
    expect(domainQuotas([1, 0, 0, 0, 1], 10)).toEqual([1, 0, 0, 0, 1]);
  });

  it('draws only exam-scoped questions, and a small mock is not all one domain', () => {
    const bank = [...fixtures, { ...single, id: 'clarify-fixture-deeper', scope: 'deeper' as const }];
    expect(drawMock(bank, 10, 3).map((q) => q.id)).not.toContain('clarify-fixture-deeper');
    const five = drawMock(allQuestions, 5, 11);
    expect(five).toHaveLength(5);
    expect(new Set(five.map(domainOf)).size).toBeGreaterThan(1);
    expect(drawMock(allQuestions, 5, 11)).toEqual(five);
  });
});

describe('mock result', () => {
  it('estimates a scaled score from 100 to 1,000', () => {
    expect(scaledEstimate(0, 10)).toBe(100);
    expect(scaledEstimate(10, 10)).toBe(1000);
    expect(scaledEstimate(2, 3)).toBe(700);
  });

  it('says a countdown in words', () => {
    expect(clockWords(831)).toBe('13 minutes 51 seconds');
    expect(clockWords(3601)).toBe('1 hour 1 second');
    expect(clockWords(0)).toBe('0 seconds');
  });
});
