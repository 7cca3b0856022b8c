/**
 * Find m distinct subsets of {0, 1, ..., n - 1}, each written as a list of its elements, such that
 * no subset in the family is contained in another one.
 */
export function sat(family: number[][], n = 6, m = 20): boolean {
  if (family.length !== m) return false;
  const masks: number[] = [];
  for (const s of family) {
    let mask = 0;
    for (const x of s) {
      if (!Number.isInteger(x) || x < 0 || x >= n || (mask >> x) & 1) return false;
      mask |= 1 << x;
    }
    masks.push(mask);
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i !== j && ((masks[i] as number) & (masks[j] as number)) === masks[i]) return false;
    }
  }
  return true;
}

export function sol(n = 6, m = 20): number[][] {
  const out: number[][] = [];
  const half = Math.floor(n / 2);
  for (let mask = 0; mask < 1 << n && out.length < m; mask++) {
    const s: number[] = [];
    for (let i = 0; i < n; i++) if ((mask >> i) & 1) s.push(i);
    if (s.length === half) out.push(s);
  }
  return out;
}
