import { describe, expect, it } from 'vitest';
import { wordsFromPath } from './words-from-path';

describe('wordsFromPath', () => {
  it('turns the slug below the base into words', () => {
    expect(wordsFromPath('/aif-c01/feature-stor/', '/aif-c01/')).toBe('feature stor');
  });
  it('keeps every folder and drops index.html', () => {
    expect(wordsFromPath('/aif-c01/old/model_monitor/index.html', '/aif-c01/')).toBe('old model monitor');
  });
  it('decodes escapes and survives malformed ones', () => {
    expect(wordsFromPath('/ground%20truth/', '/')).toBe('ground truth');
    expect(wordsFromPath('/bad%E0%A4%A/', '/')).toBe('bad E0 A4 A');
  });
  it('gives nothing for the base itself', () => {
    expect(wordsFromPath('/aif-c01/', '/aif-c01/')).toBe('');
  });
});
