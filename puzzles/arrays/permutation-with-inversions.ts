/** Find a permutation of 0..n-1 with exactly k inversions (pairs i < j with p[i] > p[j]). */
export function sat(p: number[], n = 20, k = 77): boolean {
  if (!Array.isArray(p) || p.length !== n) return false;
  if (![...p].sort((a, b) => a - b).every((v, i) => v === i)) return false;
  let inv = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if ((p[i] as number) > (p[j] as number)) inv++;
  }
  return inv === k;
}

export function sol(n = 20, k = 77): number[] {
  // Fill positions left to right: the value at position i can form up to n-1-i inversions with later ones.
  const out: number[] = [];
  let left = k;
  const free = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const remaining = n - 1 - i;
    const take = Math.min(left, remaining);
    // choosing the take-th smallest free value creates `take` inversions with later elements
    out.push(free.splice(take, 1)[0] as number);
    left -= take;
  }
  return out;
}
