/**
 * For a uniformly random permutation of n items, give the distribution of the number of fixed points
 * as counts: entry j is the number of permutations of 0..n-1 with exactly j fixed points
 * (j = 0..n).
 */
export function sat(counts: number[], n = 7): boolean {
  if (counts.length !== n + 1) return false;
  const found = new Array<number>(n + 1).fill(0);
  // Enumerate every permutation with Heap's algorithm.
  const a = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  const tally = () => {
    let fixed = 0;
    for (let i = 0; i < n; i++) if (a[i] === i) fixed++;
    found[fixed]++;
  };
  tally();
  for (let i = 1; i < n; ) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i], a[j]];
      tally();
      c[i]++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return counts.every((x, j) => x === found[j]);
}

export function sol(n = 7): number[] {
  // Choose the j fixed points, derange the rest: C(n, j) * D(n - j), with D(m) = (m - 1)(D(m-1) + D(m-2)).
  const der = [1, 0];
  for (let m = 2; m <= n; m++) der.push((m - 1) * (der[m - 1] + der[m - 2]));
  const out: number[] = [];
  let binom = 1;
  for (let j = 0; j <= n; j++) {
    out.push(binom * der[n - j]);
    binom = (binom * (n - j)) / (j + 1);
  }
  return out;
}
