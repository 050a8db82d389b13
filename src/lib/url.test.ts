import { describe, expect, it } from 'vitest';
import { joinBase, topicHref } from './url';

describe('joinBase', () => {
  it('joins a root base and a path', () => {
    expect(joinBase('/', 'pagefind/')).toBe('/pagefind/');
  });
  it('joins a sub-path base with or without its trailing slash', () => {
    expect(joinBase('/aif-c01/', '/studio/')).toBe('/aif-c01/studio/');
    expect(joinBase('/aif-c01', 'studio/')).toBe('/aif-c01/studio/');
  });
  it('returns the base itself for an empty path', () => {
    expect(joinBase('/aif-c01/')).toBe('/aif-c01/');
  });
});

describe('topicHref', () => {
  it('adds the trailing slash the site uses', () => {
    expect(topicHref('/aif-c01/', 'clarify')).toBe('/aif-c01/clarify/');
  });
  it('keeps a heading anchor', () => {
    expect(topicHref('/', 'inference', '#serverless-inference')).toBe('/inference/#serverless-inference');
  });
  it('links to the home page for an empty slug', () => {
    expect(topicHref('/aif-c01/', '')).toBe('/aif-c01/');
  });
});
