import { describe, expect, it } from 'vitest';
import { countWords, durationText, proseOfMdx, readingMinutes, wordsPerMinute } from './reading-time';

describe('countWords', () => {
  it('counts runs of letters and digits', () => {
    expect(countWords('Real-time inference takes 6 MB in 60 s.')).toBe(9);
  });
  it('keeps contractions and decimals as one word', () => {
    expect(countWords("Don't confuse 0.5 with 5")).toBe(5);
  });
  it('finds no words in punctuation and space', () => {
    expect(countWords(' — … | ')).toBe(0);
  });
});

describe('proseOfMdx', () => {
  it('drops imports, code, tags, expressions and link addresses but keeps the text readers read', () => {
    const source = [
      "import Chart from '../../components/Chart.astro';",
      '',
      '## How to choose',
      '',
      'Read the [exam guide](https://docs.aws.amazon.com/guide.html) first.',
      '',
      '<Aside type="tip">Pick **serverless** for spiky traffic.</Aside>',
      '',
      '{/* a comment */}',
      '<Chart data={options} />',
      '',
      '```python',
      'predictor = model.deploy()',
      '```',
    ].join('\n');
    const prose = proseOfMdx(source);
    expect(countWords(prose)).toBe(
      countWords('How to choose Read the exam guide first Pick serverless for spiky traffic'),
    );
    expect(prose).not.toMatch(/import|docs\.aws|Aside|predictor|comment|options/);
  });
});

describe('readingMinutes', () => {
  it('reads at the site pace, rounded to whole minutes', () => {
    expect(wordsPerMinute).toBeGreaterThanOrEqual(200);
    expect(wordsPerMinute).toBeLessThanOrEqual(230);
    expect(readingMinutes(wordsPerMinute * 10)).toBe(10);
    expect(readingMinutes(wordsPerMinute * 2.4)).toBe(2);
    expect(readingMinutes(100, 200)).toBe(1);
  });
  it('gives a short text a minute and no text none', () => {
    expect(readingMinutes(12)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
  });
});

describe('durationText', () => {
  it('says minutes, hours, or both', () => {
    expect(durationText(45)).toBe('45 min');
    expect(durationText(60)).toBe('1 h');
    expect(durationText(250)).toBe('4 h 10 min');
  });
});
