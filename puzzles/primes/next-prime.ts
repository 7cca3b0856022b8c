/** Find the smallest prime number strictly greater than n. */
export function sat(p: number, n = 123456789): boolean {
  // Prime gaps below 2^64 are all shorter than 1600, so a larger p cannot be the next prime.
  if (!Number.isInteger(p) || p <= n || p > n + 2000) return false;
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  if (!isPrime(p)) return false;
  for (let m = n + 1; m < p; m++) if (isPrime(m)) return false;
  return true;
}

export function sol(n = 123456789): number {
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  let p = n + 1;
  while (!isPrime(p)) p++;
  return p;
}
