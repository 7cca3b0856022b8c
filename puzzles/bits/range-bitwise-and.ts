/** Find a range [lo, hi] of at least `len` consecutive integers such that the bitwise AND of all of lo..hi equals t. */
export function sat(range: [number, number], t = 90112, len = 5000): boolean {
  if (!Array.isArray(range) || range.length !== 2) return false;
  const [lo, hi] = range;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi >= 2 ** 31) return false;
  if (hi - lo + 1 < len || hi - lo > 1000000) return false;
  let acc = lo;
  for (let i = lo + 1; i <= hi; i++) acc &= i;
  return acc === t;
}

export function sol(t = 90112, len = 5000): [number, number] {
  // The AND of a range keeps only the common high prefix of its ends: keep t's bits and let every
  // bit below t's lowest set bit run through all values.
  const low = t & -t;
  return low >= len ? [t, t + low - 1] : [-1, -1];
}
