/**
 * Find a Carmichael number greater than lo: a composite n such that b^(n-1) = 1 (mod n) for every b
 * coprime to n. (Korselt: n is squarefree and p - 1 divides n - 1 for every prime p dividing n.)
 */
export function sat(n: number, lo = 1000000): boolean {
  if (!Number.isInteger(n) || n <= lo || n > 1e11) return false;
  let m = n;
  let primeFactors = 0;
  for (let p = 2; p * p <= m; p++) {
    if (m % p === 0) {
      m /= p;
      if (m % p === 0 || (n - 1) % (p - 1) !== 0) return false;
      primeFactors++;
    }
  }
  if (m > 1) {
    if ((n - 1) % (m - 1) !== 0) return false;
    primeFactors++;
  }
  return primeFactors >= 2;
}

export function sol(lo = 1000000): number {
  // Chernick: if 6k+1, 12k+1 and 18k+1 are all prime, their product is a Carmichael number.
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  for (let k = 1; ; k++) {
    const n = (6 * k + 1) * (12 * k + 1) * (18 * k + 1);
    if (n > lo && isPrime(6 * k + 1) && isPrime(12 * k + 1) && isPrime(18 * k + 1)) return n;
  }
}
