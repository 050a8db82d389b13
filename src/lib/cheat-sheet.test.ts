import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { topics, type Topic } from '../data/topics';
import {
  confusablePairs,
  entityKey,
  firstSentence,
  sheetLine,
  inTopicOrder,
  normalizeName,
  sidesOf,
  type TopicTip,
} from './cheat-sheet';

const docs = new URL('../content/docs/', import.meta.url);

/** Every topic page's exam tip, read straight from the MDX frontmatter (as the build would). */
function tipsFromPages(): TopicTip[] {
  return readdirSync(docs)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name): TopicTip[] => {
      const topic = topics.find((candidate) => `${candidate.slug}.mdx` === name);
      if (!topic) return [];
      const source = readFileSync(new URL(name, docs), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as {
        summary: string;
        examTip: { cues: string[]; dontConfuse?: { with: string; difference: string }[] };
      };
      return [
        {
          topic,
          summary: data.summary,
          cues: data.examTip.cues,
          dontConfuse: data.examTip.dontConfuse ?? [],
        },
      ];
    });
}

const topic = (slug: string, label: string): Topic => ({ slug, label, stage: 'build' });
const fixtureTopics = [
  topic('clarify', 'Clarify'),
  topic('model-monitor', 'Model Monitor'),
  topic('jumpstart', 'JumpStart and fine-tuning'),
  topic('glossary', 'Glossary'),
];
const tip = (slug: string, dontConfuse: TopicTip['dontConfuse']): TopicTip => ({
  topic: fixtureTopics.find((candidate) => candidate.slug === slug) ?? topic(slug, slug),
  summary: `${slug} in one line.`,
  cues: ['a cue'],
  dontConfuse,
});

describe('normalizeName and entityKey', () => {
  it('match a service however a page names it', () => {
    expect(normalizeName('Amazon SageMaker Model Monitor')).toBe('model monitor');
    expect(normalizeName('SageMaker Autopilot (AutoML in Canvas)')).toBe('autopilot');
    expect(entityKey('SageMaker Model Monitor', fixtureTopics)).toBe('model-monitor');
    expect(entityKey('SageMaker JumpStart', fixtureTopics)).toBe('jumpstart');
  });
  it('keep a name no topic has as its own key', () => {
    expect(entityKey('Amazon Bedrock', fixtureTopics)).toBe('amazon bedrock');
    expect(entityKey('Model', fixtureTopics)).toBe('model');
  });
});

describe('sidesOf', () => {
  it("pairs the page's own topic with the neighbour it names", () => {
    const clarify = tip('clarify', []);
    expect(sidesOf(clarify, { with: 'Amazon Bedrock Evaluations', difference: 'x' })).toEqual([
      'Clarify',
      'Amazon Bedrock Evaluations',
    ]);
  });
  it('keeps both sides of an entry that names them itself', () => {
    expect(sidesOf(tip('glossary', []), { with: 'Data drift vs concept drift', difference: 'x' })).toEqual([
      'Data drift',
      'concept drift',
    ]);
  });
  it('refuses an entry that lumps three things together', () => {
    expect(() => sidesOf(tip('glossary', []), { with: 'A vs B vs C', difference: 'x' })).toThrow(/one pair/);
  });
});

describe('confusablePairs', () => {
  it('merges a pair that two pages name from either side, keeping the first wording', () => {
    const pairs = confusablePairs(
      [
        tip('clarify', [{ with: 'SageMaker Model Monitor', difference: 'first wording' }]),
        tip('model-monitor', [
          { with: 'SageMaker Clarify', difference: 'second wording' },
          { with: 'Amazon CloudWatch', difference: 'metrics' },
        ]),
      ],
      fixtureTopics,
    );
    expect(pairs).toEqual([
      {
        sides: ['Clarify', 'SageMaker Model Monitor'],
        difference: 'first wording',
        pages: ['clarify', 'model-monitor'],
      },
      { sides: ['Model Monitor', 'Amazon CloudWatch'], difference: 'metrics', pages: ['model-monitor'] },
    ]);
  });
  it('keeps the same neighbour of two different pages as two pairs', () => {
    const pairs = confusablePairs(
      [
        tip('clarify', [{ with: 'Amazon Bedrock', difference: 'a' }]),
        tip('jumpstart', [{ with: 'Amazon Bedrock', difference: 'b' }]),
      ],
      fixtureTopics,
    );
    expect(pairs).toHaveLength(2);
  });
});

describe('firstSentence', () => {
  it('keeps the line to remember and drops the details after it', () => {
    expect(firstSentence('Feature Store = one repository. It also serves values.')).toBe(
      'Feature Store = one repository.',
    );
    expect(firstSentence('Scores from 0.5 to 1 rank models')).toBe('Scores from 0.5 to 1 rank models');
    expect(firstSentence('Pick by workload: fast (6 MB, 60 s), slow (1 GB).')).toBe(
      'Pick by workload: fast (6 MB, 60 s), slow (1 GB).',
    );
  });
});

describe('sheetLine', () => {
  it('keeps both halves of a summary that opens with a pair of definitions', () => {
    expect(
      sheetLine(
        'Underfitting = high bias: too simple. Overfitting = high variance: memorized. Fix it with data.',
      ),
    ).toBe('Underfitting = high bias: too simple. Overfitting = high variance: memorized.');
  });

  it('keeps one sentence otherwise', () => {
    expect(sheetLine('Feature Store = one repository. It also serves values.')).toBe(
      'Feature Store = one repository.',
    );
    expect(sheetLine('Clarify explains predictions. Model Monitor = drift alerts.')).toBe(
      'Clarify explains predictions.',
    );
    expect(sheetLine('One sentence only')).toBe('One sentence only');
  });
});

describe('inTopicOrder', () => {
  it('follows the order of the topic list', () => {
    const ordered = inTopicOrder([tip('model-monitor', []), tip('clarify', [])], fixtureTopics);
    expect(ordered.map((item) => item.topic.slug)).toEqual(['clarify', 'model-monitor']);
  });
});

describe('the cheat sheet of this site', () => {
  const tips = tipsFromPages();
  const pairs = confusablePairs(inTopicOrder(tips, topics), topics);

  it('reads the exam tip of every topic page', () => {
    expect(tips.map((item) => item.topic.slug).sort()).toEqual(
      topics
        .filter(({ slug }) => readdirSync(docs).includes(`${slug}.mdx`))
        .map(({ slug }) => slug)
        .sort(),
    );
  });

  // Checked by words, not by the module's own keys: each entry's two names must be on one row.
  for (const { topic: page, dontConfuse } of tips) {
    for (const entry of dontConfuse) {
      it(`shows "${entry.with}" from ${page.slug}`, () => {
        const [own, other] = sidesOf({ topic: page, summary: '', cues: [], dontConfuse }, entry).map(
          normalizeName,
        );
        const row = pairs.find((pair) => {
          const text = pair.sides.join(' | ').toLowerCase();
          return text.includes(own) && text.includes(other);
        });
        expect(row, `no row names both "${own}" and "${other}"`).toBeDefined();
      });
    }
  }

  it('shows each pair once', () => {
    const rows = pairs.map((pair) =>
      [...pair.sides]
        .map((side) => entityKey(side, topics))
        .sort()
        .join(' | '),
    );
    expect(new Set(rows).size).toBe(rows.length);
    expect(pairs.length).toBeGreaterThan(30);
  });
});
