/** Find an integer n, at most 10^10, whose Euler totient phi(n) (the count of 1 <= k <= n coprime to n) equals t. */
export function sat(n: number, t = 1000): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 1e10) return false;
  let phi = n;
  let m = n;
  for (let p = 2; p * p <= m; p++) {
    if (m % p === 0) {
      while (m % p === 0) m /= p;
      phi -= phi / p;
    }
  }
  if (m > 1) phi -= phi / m;
  return phi === t;
}

export function sol(t = 1000): number {
  const phi = (n: number): number => {
    let r = n;
    let m = n;
    for (let p = 2; p * p <= m; p++) {
      if (m % p === 0) {
        while (m % p === 0) m /= p;
        r -= r / p;
      }
    }
    if (m > 1) r -= r / m;
    return r;
  };
  // phi(n) >= sqrt(n / 2), so any preimage is at most 2 t^2.
  for (let n = 1; n <= 2 * t * t; n++) {
    if (phi(n) === t) return n;
  }
  return -1;
}
