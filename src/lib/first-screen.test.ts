import { describe, expect, it } from 'vitest';
import { firstScreenEnd } from './first-screen';

describe('firstScreenEnd', () => {
  const head = '<html><head><title>T</title></head><body><h1 id="_top">Clarify</h1>';
  const summary = '<p class="one-line"><strong>In one line:</strong> Bias and why.</p>';
  const tip =
    '<details class="exam-tip-body x" open><summary>Wording</summary><ul><li>bias</li></ul></details>';
  const rest = '<p>Teaching</p></body></html>';

  it('ends after the exam tip on a topic page', () => {
    const html = head + summary + tip + rest;
    expect(firstScreenEnd(html)).toBe(html.indexOf(rest));
  });

  it('ends after the title on a page without summary or tip', () => {
    const html = head + rest;
    expect(firstScreenEnd(html)).toBe(head.length);
  });

  it('is undefined without a title', () => {
    expect(firstScreenEnd('<p>none</p>')).toBeUndefined();
  });
});
