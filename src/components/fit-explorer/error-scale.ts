/** The frame both error charts share: 300 units wide, errors drawn down to y = 140. */
export const errorFrame = { width: 300, height: 170, left: 14, right: 286, bottom: 140 };

/** Errors span four orders of magnitude: a log scale from 0.001 (at the bottom) to 10 (at `top`). */
export function errorY(error: number, top: number): number {
  const { bottom } = errorFrame;
  const log = Math.log10(Math.min(10, Math.max(0.001, error)));
  return bottom - ((log + 3) / 4) * (bottom - top);
}
