import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topics } from '../data/topics';
import { collapsedSummaries, examFirstProblems, mdxBody, sectionHeadings } from './exam-first';

const docs = new URL('../content/docs/', import.meta.url);

describe('every topic page', () => {
  for (const { slug } of topics) {
    it(`${slug} keeps the exam-first order`, () => {
      const source = readFileSync(new URL(`${slug}.mdx`, docs), 'utf8');
      expect(examFirstProblems(source)).toEqual([]);
    });
  }
});

const page = (body: string) => `---\ntitle: T\n---\n\nimport X from './x';\n\n${body}`;

describe('examFirstProblems', () => {
  it('accepts a page whose choose section comes first and whose depth is collapsed', () => {
    const source = page(
      'Intro.\n\n## How to choose\n\nPick.\n\n## Key facts\n\n<details>\n<summary>Going deeper: the API</summary>\n\nDepth.\n\n</details>\n',
    );
    expect(examFirstProblems(source)).toEqual([]);
  });
  it('flags a choose section that comes after another section', () => {
    const source = page('## Key facts\n\nFacts.\n\n## How to choose\n\nPick.\n');
    expect(examFirstProblems(source)).toEqual([
      '"How to choose" should be the first section, not after "Key facts"',
    ]);
  });
  it('flags a collapsed block that is not a Going deeper block', () => {
    expect(examFirstProblems(page('<details>\n<summary>More</summary>\n\nx\n\n</details>\n'))).toEqual([
      'a collapsed block is not a "Going deeper:" block: "More"',
    ]);
    expect(examFirstProblems(page('<details>\n\nx\n\n</details>\n'))).toHaveLength(1);
  });
  it('flags aliases shown as "Also searched as" text', () => {
    expect(examFirstProblems(page('Also searched as: pipline, sagemker clarify.\n'))).toEqual([
      'the search aliases are shown as "Also searched as" text',
    ]);
  });
});

describe('the MDX readers', () => {
  it('drop frontmatter, imports and exports', () => {
    expect(mdxBody(page('Text.')).trim()).toBe('Text.');
  });
  it('ignore headings inside fenced code', () => {
    expect(sectionHeadings('## A\n\n```md\n## Not a heading\n```\n\n## B\n')).toEqual(['A', 'B']);
  });
  it('read each collapsed block summary in order', () => {
    expect(
      collapsedSummaries(
        '<details>\n<summary>Going deeper: a</summary>\n</details>\n<details open>\n<summary>b</summary>',
      ),
    ).toEqual(['Going deeper: a', 'b']);
  });
});
