/**
 * Starlight's "On this page" lists the headings of a page's Markdown only. Sections that a page's
 * components render (a topic's Check yourself, the cheat sheet's parts, the glossary's letters)
 * are added here, so a reader can jump to them from the contents like any other section.
 */

/** A section a component renders: the id of its heading and the heading's text. */
export interface PageSection {
  slug: string;
  text: string;
}

/** The shape of an entry of Starlight's table of contents. */
export interface ContentsItem {
  depth: number;
  slug: string;
  text: string;
  children: ContentsItem[];
}

/** `items` with `sections` appended as top-level (h2) entries, leaving out any already listed. */
export function withSections(
  items: readonly ContentsItem[],
  sections: readonly PageSection[],
): ContentsItem[] {
  const listed = new Set<string>();
  const collect = (entries: readonly ContentsItem[]) => {
    for (const entry of entries) {
      listed.add(entry.slug);
      collect(entry.children);
    }
  };
  collect(items);
  const added = sections
    .filter((section) => !listed.has(section.slug))
    .map((section) => ({ depth: 2, slug: section.slug, text: section.text, children: [] }));
  return [...items, ...added];
}
