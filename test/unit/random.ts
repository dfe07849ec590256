/** A small seeded PRNG (mulberry32), so generated cases are reproducible from their seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random integer in [0, n). */
export const below = (r: () => number, n: number): number => Math.floor(r() * n);

/** A random element of `xs`. */
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[below(r, xs.length)];
