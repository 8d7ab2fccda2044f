/**
 * A seeded shuffle: the same seed always gives the same order, so a reprinted quiz and its
 * key still match, and two seeds give two versions for neighbouring desks.
 */

/** mulberry32: a small, well-known 32-bit generator; plenty for ordering questions. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; `salt` gives independent orders from one seed. */
export function seededShuffle<T>(items: readonly T[], seed: number, salt = 0): T[] {
  const random = generator(seed * 7919 + salt);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
