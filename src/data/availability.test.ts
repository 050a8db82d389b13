import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  availability,
  availabilityOfTopic,
  closedNamesIn,
  findAvailability,
  replacementNote,
  statusLabel,
  topicClosure,
  type AvailabilityRecord,
} from './availability';
import { findTopic } from './topics';

const docs = new URL('../content/docs/', import.meta.url);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function record(fields: Partial<AvailabilityRecord>): AvailabilityRecord {
  return {
    id: 'example',
    name: 'Example Service',
    names: ['Example Service'],
    status: 'closed-to-new-customers',
    source: { title: 'Example notice', url: 'https://docs.aws.amazon.com/example.html' },
    checked: '2026-11-25',
    ...fields,
  };
}

function pages(): { slug: string; source: string; mentions: string[] }[] {
  return readdirSync(docs)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(new URL(name, docs), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source);
      const data = (frontmatter ? parse(frontmatter[1]) : {}) as { mentions?: string[] };
      return { slug: name.replace(/\.mdx$/, ''), source, mentions: data.mentions ?? [] };
    });
}

describe('availability records', () => {
  it('have unique ids and names no other record uses', () => {
    const ids = availability.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = availability.flatMap((entry) => entry.names);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const entry of availability) {
    it(`${entry.id}: cites an AWS documentation page, with valid dates and topic`, () => {
      expect(entry.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(entry.checked).toMatch(isoDate);
      expect(Number.isNaN(Date.parse(entry.checked))).toBe(false);
      if (entry.effective !== undefined) expect(Number.isNaN(Date.parse(entry.effective))).toBe(false);
      if (entry.topic !== undefined) expect(findTopic(entry.topic), entry.topic).toBeDefined();
      expect(entry.names.length).toBeGreaterThan(0);
    });
  }

  it('give each topic at most one badge', () => {
    const topics = availability.flatMap((entry) => (entry.topic ? [entry.topic] : []));
    expect(new Set(topics).size).toBe(topics.length);
  });
});

describe('statusLabel and replacementNote', () => {
  it('say closed to new customers, with the date only when AWS gives one', () => {
    expect(statusLabel(record({}))).toBe('Closed to new customers');
    expect(statusLabel(record({ effective: '2026-07-30' }))).toBe(
      'Closed to new customers from 30 July 2026',
    );
    expect(statusLabel(record({ status: 'discontinued', effective: '2026-09-30' }))).toBe(
      'Discontinued on 30 September 2026',
    );
  });

  it('add what existing accounts lose too, when AWS says so', () => {
    expect(statusLabel(record({ existingAccounts: 'no new apps' }))).toBe(
      'Closed to new customers; no new apps',
    );
    const studioClassic = findAvailability('studio-classic');
    expect(studioClassic && statusLabel(studioClassic)).toMatch(
      /^Closed to new customers; .*cannot create new apps/,
    );
  });

  it('name the replacement AWS gives, or say it names none', () => {
    expect(replacementNote(record({ replacement: 'a newer service' }))).toContain('a newer service');
    expect(replacementNote(record({}))).toMatch(/names no replacement/);
  });

  it('mark a topic only when its service is closed', () => {
    const closedTopic = availability.find((entry) => entry.topic && entry.status !== 'open');
    expect(closedTopic).toBeDefined();
    if (!closedTopic?.topic) return;
    expect(topicClosure(closedTopic.topic)).toBe(statusLabel(closedTopic));
    expect(availabilityOfTopic('inference')).toBeUndefined();
    expect(topicClosure('inference')).toBeUndefined();
  });
});

describe('closedNamesIn', () => {
  const ids = (text: string) => closedNamesIn(text).map((entry) => entry.id);

  it('finds a closed service by any of its names', () => {
    expect(ids('Workers from MTurk label the images.')).toEqual(['mechanical-turk']);
    expect(ids('Model Monitor and Clarify')).toEqual(['model-monitor', 'clarify']);
  });

  it('finds the JumpStart Solutions, and not JumpStart itself', () => {
    expect(ids('Launch JumpStart Solutions for fraud detection.')).toEqual(['jumpstart-solutions']);
    expect(ids('Browse the JumpStart solutions list.')).toEqual(['jumpstart-solutions']);
    expect(ids('Fine-tune a JumpStart model; JumpStart offers foundation models.')).toEqual([]);
  });

  it('ignores longer words and lower-case common nouns', () => {
    expect(ids('The ClarifyCheck step runs a check.')).toEqual([]);
    expect(ids('Model quality needs ground truth labels; attach a debugger.')).toEqual([]);
  });
});

describe('pages that name a closed service', () => {
  it('include the JumpStart and built-in algorithm pages, which name the JumpStart Solutions', () => {
    const naming = pages().filter((page) =>
      closedNamesIn(page.source).some((entry) => entry.id === 'jumpstart-solutions'),
    );
    expect(naming.map((page) => page.slug)).toEqual(
      expect.arrayContaining(['built-in-algorithms', 'jumpstart']),
    );
  });

  for (const page of pages()) {
    it(`${page.slug} carries the closure of every closed service it names`, () => {
      const own = availabilityOfTopic(page.slug)?.id;
      const named = closedNamesIn(page.source).map((entry) => entry.id);
      const untied = named.filter((id) => id !== own && !page.mentions.includes(id));
      expect(untied, `add to the frontmatter of ${page.slug}.mdx: mentions: [...]`).toEqual([]);
      for (const id of page.mentions) {
        expect(findAvailability(id), `unknown record "${id}"`).toBeDefined();
        expect(named, `"${id}" is listed in mentions but not named on the page`).toContain(id);
        expect(id, 'the page already carries this record as its badge').not.toBe(own);
      }
    });
  }
});
