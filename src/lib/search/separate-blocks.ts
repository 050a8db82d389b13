/** Elements whose text Pagefind joins to the next one's: "Real-time inference" + "Low" → "inferenceLow". */
const joinedBlocks = /<\/(td|th|li|dt|dd|caption)>(?=<)/g;
const indexedBody = /(<main\b[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*?)(<\/main>)/;

/**
 * Puts a space after each table cell, list item and definition in the part of a built page that
 * Pagefind indexes, so excerpts read "inference Low" rather than "inferenceLow". Whitespace
 * between table cells, between list items and at the end of a block is not rendered: the page
 * looks the same.
 */
export function separateBlocks(html: string): string {
  return html.replace(
    indexedBody,
    (_, open: string, body: string, close: string) => open + body.replace(joinedBlocks, '</$1> ') + close,
  );
}
