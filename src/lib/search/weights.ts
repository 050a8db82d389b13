/**
 * Weights of parts of a page in the search index (Pagefind's `data-pagefind-weight`): body text
 * is 1, headings 2 to 7, and a weight counts about squared.
 */

/**
 * The content of the revision pages (cheat sheet, glossary, practice), which name every term a
 * topic page teaches: the teaching page ranks first. Their titles, summaries and aliases keep
 * their weight, so a query that names one still finds it first.
 */
export const listingPageWeight = 0.25;

/**
 * The closure notices repeated on many pages: a page's own text, not the boilerplate, ranks it
 * and becomes its excerpt; the notices stay searchable.
 */
export const noticeWeight = 0.2;
