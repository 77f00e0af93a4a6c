/**
 * Seeded tie-breaking weights. Without scores every list meeting the quotas is equally good, and the solver
 * would return whichever its search meets first; small random integer weights from a seed make the choice
 * the seed's, so the same seed gives the same list and another seed may give another valid one.
 * mulberry32: a few lines, good enough to shuffle preferences, the same on every engine.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One weight in 1..64 per member, from the seed. */
export function tieWeights(count: number, seed: number): Int32Array {
  const next = mulberry32(seed);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = 1 + Math.floor(next() * 64);
  return out;
}
