/** Find a prime with exactly `digits` decimal digits such that every prefix of its digits is also prime. */
export function sat(n: number, digits = 8): boolean {
  if (!Number.isInteger(n) || n < 1 || String(n).length !== digits) return false;
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  for (let m = n; m > 0; m = Math.floor(m / 10)) if (!isPrime(m)) return false;
  return true;
}

export function sol(digits = 8): number {
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  // Grow primes digit by digit, keeping only those that stay prime.
  let level = [2, 3, 5, 7];
  for (let len = 1; len < digits; len++) {
    const next: number[] = [];
    for (const p of level) {
      for (const d of [1, 3, 7, 9]) if (isPrime(p * 10 + d)) next.push(p * 10 + d);
    }
    level = next;
  }
  return level[0] ?? -1;
}
