/** Elements whose text Pagefind joins to the next one's: "Real-time inference" + "Low" → "inferenceLow". */
const joinedBlocks = /<\/(td|th|li|dt|dd|caption)>(?=<)/g;
const indexedBody = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*?)(<\/main>)/;

/**
 * Puts a space at the end of each table cell, list item and definition in the part of a built page
 * that Pagefind indexes, so excerpts read "inference Low" rather than "inferenceLow". A trailing
 * space inside a block is not rendered: the page looks the same. Inside, not after: a space between
 * two list items would be a DOM node an island's server HTML has and its Preact render lacks, and
 * hydration then moves the items, which drops the keyboard focus of a reader on one of them.
 */
export function separateBlocks(html: string): string {
  return html.replace(
    indexedBody,
    (_, open: string, body: string, close: string) => open + body.replace(joinedBlocks, ' </$1>') + close,
  );
}
