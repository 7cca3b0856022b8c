/** Find a prime p such that none of p+1, ..., p+g-1 is prime (the next prime after p is at least p+g). */
export function sat(p: number, g = 100): boolean {
  if (!Number.isInteger(p) || p < 2 || p > 1e9) return false;
  const isPrime = (m: number): boolean => {
    if (m < 2) return false;
    for (let d = 2; d * d <= m; d++) if (m % d === 0) return false;
    return true;
  };
  if (!isPrime(p)) return false;
  for (let m = p + 1; m < p + g; m++) if (isPrime(m)) return false;
  return true;
}

export function sol(g = 100): number {
  for (let limit = 1 << 16; ; limit *= 2) {
    const composite = new Uint8Array(limit + 1);
    let last = -1;
    for (let i = 2; i <= limit; i++) {
      if (composite[i]) continue;
      if (last > 0 && i - last >= g) return last;
      last = i;
      for (let m = i * i; m <= limit; m += i) composite[m] = 1;
    }
  }
}
