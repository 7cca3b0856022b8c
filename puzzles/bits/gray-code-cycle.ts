/**
 * Find an ordering of all 2^n integers in [0, 2^n) that starts at `start` and in which every two
 * neighbours, including the last and the first, differ in exactly one bit.
 */
export function sat(seq: number[], n = 6, start = 37): boolean {
  const size = 2 ** n;
  if (!Array.isArray(seq) || seq.length !== size || seq[0] !== start) return false;
  const seen = new Set<number>();
  for (let i = 0; i < size; i++) {
    const v = seq[i] as number;
    if (!Number.isInteger(v) || v < 0 || v >= size || seen.has(v)) return false;
    seen.add(v);
    const d = v ^ (seq[(i + 1) % size] as number);
    if (d === 0 || (d & (d - 1)) !== 0) return false;
  }
  return true;
}

export function sol(n = 6, start = 37): number[] {
  // The reflected Gray code is such a cycle from 0; XOR with `start` moves it without breaking it.
  return Array.from({ length: 2 ** n }, (_, i) => i ^ (i >> 1) ^ start);
}
