import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../data/questions';
import type { Question } from '../../data/questions/types';
import { examTasks } from '../../data/exam-guide';
import { topics } from '../../data/topics';
import { headingIds } from './page-headings';
import { questionProblems, type QuestionContext } from './validate';
import { fixtures, matching, multiple, ordering, single } from './test-fixtures';

const docs = new URL('../../content/docs/', import.meta.url);

/** The site's own topics, exam tasks and the heading ids of each topic page's MDX. */
const siteContext: QuestionContext = {
  topicSlugs: new Set(topics.map((topic) => topic.slug)),
  taskIds: new Set(examTasks.map((task) => task.id)),
  headingsOf: (slug) => {
    const file = new URL(`${slug}.mdx`, docs);
    return existsSync(file) ? headingIds(readFileSync(file, 'utf8')) : undefined;
  },
};

describe('the question data of the site', () => {
  it('follows the exam formats, explains every option, links to real headings and repeats nothing', () => {
    expect(questionProblems(allQuestions, siteContext)).toEqual([]);
  });
});

const fixtureContext: QuestionContext = {
  topicSlugs: new Set(['clarify', 'pipelines', 'inference']),
  taskIds: new Set(['1.2', '1.3', '4.1', '4.2']),
  headingsOf: (slug) =>
    slug === 'clarify' ? new Set(['bias-detection', 'explainability']) : new Set(['key-facts']),
};

const problemsOf = (question: Question) => questionProblems([question], fixtureContext);

describe('questionProblems', () => {
  it('accepts well-formed questions of every format', () => {
    expect(questionProblems(fixtures, fixtureContext)).toEqual([]);
  });

  it('needs exactly one correct option among four for multiple choice', () => {
    const twoRight = { ...single, options: single.options.map((option) => ({ ...option, correct: true })) };
    expect(problemsOf(twoRight)).toContain(
      'clarify-fixture-single: multiple choice needs exactly 1 correct option, has 4',
    );
    const three = { ...single, options: single.options.slice(0, 3) } as Question;
    expect(problemsOf(three).join()).toMatch(/needs 4 options, has 3/);
  });

  it('needs as many correct options as a multiple-response question asks for, among five or more', () => {
    const wrongCount = { ...multiple, choose: 3 } as Question;
    expect(problemsOf(wrongCount).join()).toMatch(/asks to choose 3 but has 2 correct/);
    const four = { ...multiple, options: multiple.options.slice(0, 4) } as Question;
    expect(problemsOf(four).join()).toMatch(/5 or more options, has 4/);
  });

  it('keeps ordering to 3–5 items and matching to 3–7 pairs', () => {
    const short = { ...ordering, items: ordering.items.slice(0, 2) } as Question;
    expect(problemsOf(short).join()).toMatch(/3 to 5 items, has 2/);
    const long = {
      ...matching,
      pairs: Array.from({ length: 8 }, (_, i) => ({ prompt: `p${i}`, answer: `a${i}`, why: 'w' })),
    } as Question;
    expect(problemsOf(long).join()).toMatch(/3 to 7 pairs, has 8/);
  });

  it('wants every option, item and pair explained', () => {
    const bare = {
      ...single,
      options: single.options.map((option) => ({ ...option, why: ' ' })),
    } as Question;
    expect(problemsOf(bare).join()).toMatch(/4 option\(s\) without an explanation/);
    const bareItem = {
      ...ordering,
      items: [...ordering.items.slice(0, 2), { text: 'Deploy', why: '' }],
    } as Question;
    expect(problemsOf(bareItem).join()).toMatch(/1 option\(s\) without an explanation/);
  });

  it('finds unknown topics, tasks and headings', () => {
    expect(problemsOf({ ...single, heading: 'nowhere' })).toEqual([
      'clarify-fixture-single: no heading "#nowhere" on page "clarify"',
    ]);
    expect(problemsOf({ ...single, task: '9.9' })).toEqual([
      'clarify-fixture-single: unknown exam task "9.9"',
    ]);
    expect(problemsOf({ ...single, id: 'canvas-x', topic: 'canvas' }).join()).toMatch(
      /unknown topic "canvas"/,
    );
  });

  it('finds ids used twice and questions that are nearly the same', () => {
    const copy = { ...single, id: 'clarify-fixture-copy', stem: 'Which fixture colour is right here?' };
    expect(questionProblems([single, copy], fixtureContext)).toEqual([
      'clarify-fixture-single: nearly the same question as clarify-fixture-copy',
    ]);
    expect(questionProblems([single, single], fixtureContext)).toContain(
      'clarify-fixture-single: id used twice',
    );
  });

  it('tells generic matching stems apart by their pairs', () => {
    const other = {
      ...matching,
      id: 'inference-fixture-other',
      pairs: [
        { prompt: 'Label images', answer: 'Ground Truth', why: 'Labelling.' },
        { prompt: 'Store features', answer: 'Feature Store', why: 'Features.' },
        { prompt: 'Find bias', answer: 'Clarify', why: 'Bias.' },
      ],
    };
    expect(questionProblems([matching, other], fixtureContext)).toEqual([]);
  });
});

describe('headingIds', () => {
  it('slugs Markdown headings as Starlight does, skipping code and numbering repeats', () => {
    const mdx = [
      '---',
      'title: Test',
      '---',
      '## 1. Foundation model evaluation',
      '### Use `ml.m5` *instances* with [Clarify](../clarify/)',
      '```md',
      '## Not a heading',
      '```',
      '## Key facts',
      '## Key facts',
      '<h3 id="custom-id">Custom</h3>',
    ].join('\n');
    expect([...headingIds(mdx)]).toEqual([
      '1-foundation-model-evaluation',
      'use-mlm5-instances-with-clarify',
      'key-facts',
      'key-facts-1',
      'custom-id',
    ]);
  });
});
