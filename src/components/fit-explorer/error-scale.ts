/** Errors span four orders of magnitude: a log scale from 0.001 (at `bottom`) to 10 (at `top`). */
export function errorY(error: number, top: number, bottom: number): number {
  const log = Math.log10(Math.min(10, Math.max(0.001, error)));
  return bottom - ((log + 3) / 4) * (bottom - top);
}
