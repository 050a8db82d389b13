import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { topics } from '../data/topics';
import { keyTerms } from '../data/key-terms';
import { missingTopicFields, topicFields } from './topic-schema';

const docs = new URL('../content/docs/', import.meta.url);

function frontmatter(slug: string): Record<string, unknown> {
  const source = readFileSync(new URL(`${slug}.mdx`, docs), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!match) throw new Error(`${slug}.mdx has no frontmatter`);
  return parse(match[1]);
}

describe('topic pages', () => {
  it('exist for every topic of the registry, and no page is left out of it', () => {
    const pages = readdirSync(docs)
      .filter((name) => name.endsWith('.mdx') && !['index.mdx', '404.mdx'].includes(name))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
    expect(pages).toEqual(topics.map((topic) => topic.slug).sort());
  });

  for (const { slug } of topics) {
    it(`${slug} has title, description, summary, exam tip, verified date, AWS sources and exam tasks`, () => {
      const data = frontmatter(slug);
      expect(data.title, 'title').toEqual(expect.any(String));
      expect(data.description, 'description').toEqual(expect.any(String));
      const parsed = topicFields.parse(data);
      expect(missingTopicFields(parsed)).toEqual([]);
    });
  }

  it('each has a key-terms list for the syllabus check', () => {
    expect(Object.keys(keyTerms).sort()).toEqual(topics.map((topic) => topic.slug).sort());
  });
});

describe('missingTopicFields', () => {
  it('names every missing field of a bare page', () => {
    expect(missingTopicFields({})).toEqual(['summary', 'examTip', 'verified', 'sources', 'examTasks']);
  });
  it('requires at least one AWS documentation link', () => {
    const missing = missingTopicFields({
      summary: 'A summary long enough to pass.',
      examTip: { cues: ['cue'], dontConfuse: [] },
      verified: '2026-11-25',
      sources: [{ title: 'A blog', url: 'https://example.com/post' }],
      examTasks: ['1.3'],
    });
    expect(missing).toEqual(['sources (at least one AWS documentation link)']);
  });
});
