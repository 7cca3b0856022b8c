/**
 * Sort the permutation into 0, 1, ..., n-1 with as few swaps as possible. Each swap is a pair [i, j]
 * of positions whose entries are exchanged; the swaps are applied in order, and no shorter list of
 * swaps may exist that also sorts it.
 */
export function sat(swaps: number[][], perm = [3, 11, 0, 7, 13, 5, 1, 9, 12, 2, 4, 10, 8, 6]): boolean {
  const n = perm.length;
  const a = [...perm];
  for (const s of swaps) {
    if (s.length !== 2) return false;
    const [i, j] = s;
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= n || j >= n) return false;
    [a[i], a[j]] = [a[j], a[i]];
  }
  if (!a.every((v, i) => v === i)) return false;
  // Fewest possible swaps: n minus the number of cycles of the permutation.
  const seen = new Array<boolean>(n).fill(false);
  let cycles = 0;
  for (let i = 0; i < n; i++) {
    if (seen[i]) continue;
    cycles++;
    for (let j = i; !seen[j]; j = perm[j]) seen[j] = true;
  }
  return swaps.length === n - cycles;
}

export function sol(perm = [3, 11, 0, 7, 13, 5, 1, 9, 12, 2, 4, 10, 8, 6]): number[][] {
  const a = [...perm];
  const out: number[][] = [];
  for (let i = 0; i < a.length; i++) {
    while (a[i] !== i) {
      const j = a[i];
      out.push([i, j]);
      [a[i], a[j]] = [a[j], a[i]];
    }
  }
  return out;
}
