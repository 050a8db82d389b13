import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { notesPath, notesTrace, type TraceRow } from '../data/notes-trace';

const repoRoot = new URL('../../', import.meta.url);
const notesFile = fileURLToPath(new URL(notesPath, repoRoot));
const docs = new URL('src/content/docs/', repoRoot);

/**
 * A page's MDX body split into sections by its `##` and `###` headings, keyed by the id
 * github-slugger gives the heading (as on the built page); `''` is the opening before the first
 * heading. A `##` section runs on through its `###` subsections.
 */
function sections(slug: string): Map<string, string> {
  const body = readFileSync(new URL(`${slug}.mdx`, docs), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  const lines = body.split('\n');
  const headings = lines.flatMap((line, index) => {
    const match = /^(#{2,3}) (.+)$/.exec(line);
    return match ? [{ index, level: match[1].length, id: slugger.slug(match[2].trim()) }] : [];
  });
  const result = new Map<string, string>();
  result.set('', lines.slice(0, headings[0]?.index ?? lines.length).join('\n'));
  headings.forEach((heading, position) => {
    const end =
      headings.slice(position + 1).find((next) => next.level <= heading.level)?.index ?? lines.length;
    result.set(heading.id, lines.slice(heading.index + 1, end).join('\n'));
  });
  return result;
}

const pageSections = new Map<string, Map<string, string>>();
function sectionOf(page: string, heading: string): string | undefined {
  if (!pageSections.has(page)) pageSections.set(page, sections(page));
  return pageSections.get(page)?.get(heading);
}

function rowLabel([line, page, heading]: TraceRow): string {
  return `notes line ${line} → ${page}${heading ? `#${heading}` : ' (opening)'}`;
}

describe('sections', () => {
  it('keys each section by its heading id and keeps subsections inside their parent', () => {
    const jumpstart = sections('jumpstart');
    const parent = jumpstart.get('fine-tuning-in-jumpstart') ?? '';
    const child = jumpstart.get('instruction-based-fine-tuning') ?? '';
    expect(child.length).toBeGreaterThan(0);
    expect(parent).toContain(child.trim());
    expect(jumpstart.get('key-facts')).not.toContain(child.trim());
  });
});

describe('the notes trace', () => {
  it('has one row per line, in order', () => {
    const lines = notesTrace.map(([line]) => line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lines).size).toBe(lines.length);
  });

  for (const row of notesTrace) {
    const [, page, heading, ...words] = row;
    it(`${rowLabel(row)} shows ${words.join(', ')}`, () => {
      expect(words.length, 'a row names at least one word').toBeGreaterThan(0);
      const section = sectionOf(page, heading);
      expect(section, `no section "${heading}" on ${page}.mdx`).toBeDefined();
      // Markdown wraps lines anywhere, so words are matched across line breaks.
      const text = (section ?? '').replace(/\s+/g, ' ').toLowerCase();
      const missing = words.filter((word) => !text.includes(word.toLowerCase()));
      expect(missing, `missing from ${page}.mdx`).toEqual([]);
    });
  }
});

// The notes sit in the team's shared folder beside the repository (as in CI); skipped elsewhere.
describe.skipIf(!existsSync(notesFile))('the notes, against the trace', () => {
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').split(/\r?\n/) : [];

  it('map every non-empty line, and only those', () => {
    const nonEmpty = notes.flatMap((text, index) => (text.trim() ? [index + 1] : []));
    expect(notesTrace.map(([line]) => line)).toEqual(nonEmpty);
  });

  it("contain each row's first word on its line, so a shift in the notes shows", () => {
    // A line without letters (a table's separator row) has no word to carry.
    const unmatched = notesTrace
      .filter(([line, , , first]) => {
        const text = notes[line - 1] ?? '';
        return /[a-z]/i.test(text) && !text.toLowerCase().includes(first.toLowerCase());
      })
      .map(rowLabel);
    expect(unmatched).toEqual([]);
  });
});
