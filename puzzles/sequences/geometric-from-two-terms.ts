/**
 * Find integers [a, r], the first term and the ratio of a geometric sequence a, a*r, a*r^2, ...,
 * whose term number k1 equals t1 and whose term number k2 equals t2 (terms numbered from 0).
 */
export function sat(ar: [number, number], k1 = 3, t1 = -135, k2 = 7, t2 = -10935): boolean {
  const [a, r] = ar;
  if (ar.length !== 2 || !Number.isInteger(a) || !Number.isInteger(r)) return false;
  return a * r ** k1 === t1 && a * r ** k2 === t2;
}

export function sol(k1 = 3, t1 = -135, k2 = 7, t2 = -10935): [number, number] {
  // t2 / t1 = r^(k2 - k1): search integer r by magnitude.
  const gap = k2 - k1;
  for (let m = 1; m <= Math.abs(t2) + 1; m++) {
    for (const r of [m, -m]) {
      if (t1 * r ** gap !== t2) continue;
      const a = t1 / r ** k1;
      if (Number.isInteger(a)) return [a, r];
    }
    if (m ** gap > Math.abs(t2)) break;
  }
  return [0, 0];
}
