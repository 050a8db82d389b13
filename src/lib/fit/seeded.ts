/**
 * A seeded pseudo-random generator (mulberry32) and normal noise from it (Box–Muller): the same
 * seed gives the same numbers on the server, in the browser and in the tests.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Normal noise with standard deviation `sd`, drawn from `random`. */
export function normal(random: () => number, sd: number): number {
  const u = 1 - random();
  return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
