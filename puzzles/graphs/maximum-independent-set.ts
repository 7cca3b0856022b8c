/**
 * A graph on vertices 0..n-1 is built from a seed: walk through the pairs (i, j), i < j, in
 * lexicographic order, advance x = x * 48271 mod 2147483647 (x starts at the seed) once per pair, and
 * join i and j when x mod 100 < density. Find an independent set of size k (k vertices, no two of
 * them joined), which is as large as an independent set of this graph can be.
 */
export function sat(set: number[], n = 30, seed = 20240607, density = 30, k = 9): boolean {
  if (set.length !== k || new Set(set).size !== k) return false;
  if (!set.every((v) => Number.isInteger(v) && v >= 0 && v < n)) return false;
  const joined = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  let x = seed;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      x = (x * 48271) % 2147483647;
      if (x % 100 < density) {
        joined[i][j] = true;
        joined[j][i] = true;
      }
    }
  }
  return set.every((u) => set.every((v) => !joined[u][v]));
}

export function sol(n = 30, seed = 20240607, density = 30, k = 9): number[] {
  const nbr = new Array<number>(n).fill(0);
  let x = seed;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      x = (x * 48271) % 2147483647;
      if (x % 100 < density) {
        nbr[i] |= 1 << j;
        nbr[j] |= 1 << i;
      }
    }
  }
  const count = (m: number) => {
    let c = 0;
    for (let y = m; y !== 0; y &= y - 1) c++;
    return c;
  };
  let best: number[] = [];
  const chosen: number[] = [];
  const search = (cand: number): void => {
    if (chosen.length + count(cand) <= best.length) return;
    if (cand === 0) {
      best = chosen.slice();
      return;
    }
    // Branch on the candidate with the most candidate neighbours.
    let v = -1;
    let deg = -1;
    for (let u = 0; u < n; u++) {
      if ((cand >>> u) & 1) {
        const d = count(nbr[u] & cand);
        if (d > deg) {
          deg = d;
          v = u;
        }
      }
    }
    chosen.push(v);
    search(cand & ~nbr[v] & ~(1 << v));
    chosen.pop();
    if (deg > 0) search(cand & ~(1 << v));
  };
  search(2 ** n - 1);
  return best;
}
