import { describe, expect, it } from 'vitest';
import { isAliasList, isClosureNotice, readableExcerpt, summaryOf } from './excerpt';

const aliasExcerpt =
  'hosting, deployment, payload, <mark>cold</mark> <mark>start</mark>, endpoint, model hosting, invoke';
const content =
  'Inference In one line: Four ways to serve predictions: real-time, serverless, asynchronous & batch (6 MB, 60 s). Exam guide: Task 1.2. More text.';

describe('summaryOf', () => {
  it('reads the one-line summary from the page text, up to the end of its sentence', () => {
    expect(summaryOf(content)).toBe(
      'Four ways to serve predictions: real-time, serverless, asynchronous & batch (6 MB, 60 s).',
    );
  });

  it('has nothing for a page without a summary', () => {
    expect(summaryOf('The glossary, from A to Z.')).toBeUndefined();
    expect(summaryOf(undefined)).toBeUndefined();
  });
});

describe('readableExcerpt', () => {
  it('replaces an excerpt cut from the alias list with the summary, escaped', () => {
    expect(isAliasList(aliasExcerpt)).toBe(true);
    expect(readableExcerpt(aliasExcerpt, content)).toBe(
      'Four ways to serve predictions: real-time, serverless, asynchronous &amp; batch (6 MB, 60 s).',
    );
  });

  it('keeps an excerpt from the page text, commas and all', () => {
    const prose =
      'Serverless inference adds a <mark>cold</mark> <mark>start</mark> after idle time, which a chatbot with sporadic traffic can accept, while fraud checks cannot.';
    expect(isAliasList(prose)).toBe(false);
    expect(readableExcerpt(prose, content)).toBe(prose);
  });

  it('keeps the alias list when the page has no summary to show', () => {
    expect(readableExcerpt(aliasExcerpt, 'No summary here.')).toBe(aliasExcerpt);
  });

  it("replaces an excerpt that runs from the title into the page's closure notice with the summary", () => {
    const notice =
      'SageMaker <mark>Clarify.</mark> Closed to new customers (why it is still here) AWS lists Amazon SageMaker <mark>Clarify</mark> as no longer open';
    expect(isClosureNotice(notice)).toBe(true);
    expect(readableExcerpt(notice, content)).toBe(summaryOf(content)?.replace('&', '&amp;'));
  });

  it("keeps an excerpt that only mentions a closure in the page's own words", () => {
    const prose =
      'Do not reach for <mark>Clarify</mark> processing jobs instead: Clarify is closed to new customers as well';
    expect(isClosureNotice(prose)).toBe(false);
    expect(readableExcerpt(prose, content)).toBe(prose);
  });
});
