/** Find two primes [p, q] whose sum is the even number n. */
export function sat(pq: [number, number], n = 1000000): boolean {
  if (!Array.isArray(pq) || pq.length !== 2) return false;
  const isPrime = (m: number): boolean => {
    if (!Number.isInteger(m) || m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  const [p, q] = pq;
  return isPrime(p) && isPrime(q) && p + q === n;
}

export function sol(n = 1000000): [number, number] {
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  for (let p = 2; p <= n / 2; p++) {
    if (isPrime(p) && isPrime(n - p)) return [p, n - p];
  }
  return [0, 0];
}
