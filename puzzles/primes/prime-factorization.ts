/** Find the prime factorization of n: a non-decreasing list of primes whose product is n. */
export function sat(factors: number[], n = 1188594997774296): boolean {
  if (!Array.isArray(factors) || factors.length > 60) return false;
  let rest = n;
  let prev = 2;
  for (const f of factors) {
    if (!Number.isInteger(f) || f < prev || rest % f !== 0) return false;
    for (let d = 2; d * d <= f; d++) if (f % d === 0) return false;
    rest /= f;
    prev = f;
  }
  return rest === 1;
}

export function sol(n = 1188594997774296): number[] {
  const out: number[] = [];
  let m = n;
  for (let d = 2; d * d <= m; d++) {
    while (m % d === 0) {
      out.push(d);
      m /= d;
    }
  }
  if (m > 1) out.push(m);
  return out;
}
