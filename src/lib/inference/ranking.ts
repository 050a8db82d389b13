/**
 * The options in order of one measure, ties together, in words: how the inference chart's text
 * version says what the bars show without repeating the figures the comparison table gives.
 */

/** The items grouped by equal value, groups in ascending order of value, items in their given order. */
export function rankedGroups<Item>(items: readonly Item[], value: (item: Item) => number): Item[][] {
  const values = [...new Set(items.map(value))].sort((a, b) => a - b);
  return values.map((wanted) => items.filter((item) => value(item) === wanted));
}

/** "Real-time and Serverless, then Asynchronous, then Batch transform". */
export function rankingSentence<Item>(
  items: readonly Item[],
  value: (item: Item) => number,
  name: (item: Item) => string,
): string {
  return rankedGroups(items, value)
    .map((group) => group.map(name).join(' and '))
    .join(', then ');
}
