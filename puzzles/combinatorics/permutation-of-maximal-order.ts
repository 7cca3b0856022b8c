/**
 * Find a permutation p of 0..n-1 whose order (the smallest m >= 1 such that applying p m times gives
 * the identity) is at least minOrder.
 */
export function sat(p: number[], n = 30, minOrder = 4620): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of p) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = true;
  }
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const visited = new Array<boolean>(n).fill(false);
  let order = 1;
  for (let i = 0; i < n; i++) {
    if (visited[i]) continue;
    let len = 0;
    for (let j = i; !visited[j]; j = p[j]) {
      visited[j] = true;
      len++;
    }
    order = (order / gcd(order, len)) * len;
  }
  return order >= minOrder;
}

export function sol(n = 30, minOrder = 4620): number[] {
  // The order is the lcm of the cycle lengths; the best choice uses cycles of prime-power lengths
  // for distinct primes. Knapsack over primes: best[s] = largest product with lengths summing to s.
  const primes: number[] = [];
  for (let q = 2; q <= n; q++) if (primes.every((r) => q % r !== 0)) primes.push(q);
  let best: { value: number; parts: number[] }[] = Array.from({ length: n + 1 }, () => ({
    value: 1,
    parts: []
  }));
  for (const q of primes) {
    const next = best.map((b) => ({ value: b.value, parts: b.parts }));
    for (let s = 0; s <= n; s++) {
      for (let power = q; power <= s; power *= q) {
        const cand = best[s - power].value * power;
        if (cand > next[s].value) next[s] = { value: cand, parts: [...best[s - power].parts, power] };
      }
    }
    best = next;
  }
  const p = Array.from({ length: n }, (_, i) => i);
  let start = 0;
  for (const len of best[n].parts) {
    for (let i = 0; i < len; i++) p[start + i] = start + ((i + 1) % len);
    start += len;
  }
  return p;
}
