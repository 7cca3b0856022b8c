/** Find the list, in increasing order, of all primes p with lo <= p <= hi. */
export function sat(ps: number[], lo = 987654321, hi = 987654921): boolean {
  if (!Array.isArray(ps)) return false;
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    if (m % 2 === 0) return m === 2;
    for (let d = 3; d * d <= m; d += 2) if (m % d === 0) return false;
    return true;
  };
  let i = 0;
  for (let m = lo; m <= hi; m++) {
    if (isPrime(m)) {
      if (ps[i] !== m) return false;
      i++;
    }
  }
  return i === ps.length;
}

export function sol(lo = 987654321, hi = 987654921): number[] {
  // Segmented sieve: cross out multiples of every d <= sqrt(hi) inside [lo, hi].
  const size = hi - lo + 1;
  const composite = new Uint8Array(size);
  for (let d = 2; d * d <= hi; d++) {
    let start = Math.max(d * d, Math.ceil(lo / d) * d);
    for (; start <= hi; start += d) composite[start - lo] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    if (!composite[i] && lo + i >= 2) out.push(lo + i);
  }
  return out;
}
