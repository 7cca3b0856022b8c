/**
 * Find a run of at least `len` consecutive primes (no prime skipped), each below 10^6, whose sum is
 * itself a prime.
 */
export function sat(run: number[], len = 500): boolean {
  if (!Array.isArray(run) || run.length < len || run.length > 20000) return false;
  const isPrime = (m: number): boolean => {
    if (!Number.isInteger(m) || m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  let sum = 0;
  for (let i = 0; i < run.length; i++) {
    const p = run[i] as number;
    if (p > 1e6 || !isPrime(p)) return false;
    if (i > 0) {
      const prev = run[i - 1] as number;
      // Gaps between consecutive primes below 10^6 are all shorter than 120.
      if (p <= prev || p - prev > 200) return false;
      for (let m = prev + 1; m < p; m++) if (isPrime(m)) return false;
    }
    sum += p;
  }
  return isPrime(sum);
}

export function sol(len = 500): number[] {
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  const primes: number[] = [];
  for (let m = 2; primes.length < 4 * len + 100; m++) if (isPrime(m)) primes.push(m);
  const prefix = [0];
  for (const p of primes) prefix.push((prefix[prefix.length - 1] as number) + p);
  // A run of an even number of odd primes has an even sum, so most windows need an odd length.
  for (let l = len; l <= primes.length; l++) {
    for (let start = 0; start + l <= primes.length; start++) {
      if (isPrime((prefix[start + l] as number) - (prefix[start] as number)))
        return primes.slice(start, start + l);
    }
  }
  return [];
}
