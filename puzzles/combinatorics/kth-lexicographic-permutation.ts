/**
 * List all permutations of 0..n-1 in lexicographic order, starting from rank 0 (the identity). Find
 * the permutation of rank k.
 */
export function sat(p: number[], n = 12, k = 123456789): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of p) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = true;
  }
  // Rank from the Lehmer code: how many later entries are smaller, weighted by factorials.
  let rank = 0;
  for (let i = 0; i < n; i++) {
    let smallerLater = 0;
    for (let j = i + 1; j < n; j++) if (p[j] < p[i]) smallerLater++;
    rank = rank * (n - i) + smallerLater;
  }
  return rank === k;
}

export function sol(n = 12, k = 123456789): number[] {
  const fact = [1];
  for (let i = 1; i <= n; i++) fact.push(fact[i - 1] * i);
  const rest = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  let r = k;
  for (let i = n - 1; i >= 0; i--) {
    const q = Math.floor(r / fact[i]);
    r %= fact[i];
    out.push(rest.splice(q, 1)[0]);
  }
  return out;
}
