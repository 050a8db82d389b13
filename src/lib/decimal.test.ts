import { describe, expect, it } from 'vitest';
import { decimal } from './decimal';

describe('decimal', () => {
  it('prints two decimals, or n/a for an undefined ratio', () => {
    expect(decimal(9 / 14)).toBe('0.64');
    expect(decimal(-0.6)).toBe('-0.60');
    expect(decimal(2.5, 1)).toBe('2.5');
    expect(decimal(undefined)).toBe('n/a');
  });
});
