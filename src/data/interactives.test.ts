import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { interactives } from './interactives';
import { findTopic } from './topics';

const docs = new URL('../content/docs/', import.meta.url);

describe('interactives', () => {
  for (const interactive of interactives) {
    describe(interactive.name, () => {
      const source = readFileSync(new URL(`${interactive.slug}.mdx`, docs), 'utf8');

      it('is on a page of the site that imports its component', () => {
        expect(findTopic(interactive.slug), 'a topic of src/data/topics.ts').toBeDefined();
        expect(source).toMatch(new RegExp(`^import ${interactive.component} from `, 'm'));
        expect(source).toMatch(new RegExp(`^<${interactive.component}\\b`, 'm'));
      });

      if (interactive.heading) {
        it('sits under the heading the home page links to', () => {
          const slugger = new GithubSlugger();
          // The last heading before the component's tag is the one it sits under.
          const before = source.slice(0, source.search(new RegExp(`^<${interactive.component}\\b`, 'm')));
          const headings = [...before.matchAll(/^#{2,3} (.+)$/gm)].map((match) => slugger.slug(match[1]));
          expect(headings.at(-1)).toBe(interactive.heading);
        });
      }
    });
  }
});
