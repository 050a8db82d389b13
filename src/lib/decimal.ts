/** A ratio as the explainers print it: two decimals, or "n/a" when it is undefined (0/0). */
export function decimal(value: number | undefined, digits = 2): string {
  return value === undefined ? 'n/a' : value.toFixed(digits);
}
