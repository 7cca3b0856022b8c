/** Find the length of the repeating block in the decimal expansion of 1/n (n is coprime to 10). */
export function sat(k: number, n = 9999991): boolean {
  if (!Number.isInteger(k) || k < 1 || k >= n) return false;
  const powmod = (b: number, e: number): number => {
    let r = 1;
    b %= n;
    while (e > 0) {
      if (e % 2 === 1) r = (r * b) % n;
      b = (b * b) % n;
      e = Math.floor(e / 2);
    }
    return r;
  };
  if (powmod(10, k) !== 1 % n) return false;
  // k is the order of 10 only if no k / q (q a prime factor of k) also works.
  let m = k;
  for (let q = 2; q * q <= m; q++) {
    if (m % q === 0) {
      if (powmod(10, k / q) === 1) return false;
      while (m % q === 0) m /= q;
    }
  }
  return m === 1 || powmod(10, k / m) !== 1;
}

export function sol(n = 9999991): number {
  let k = 1;
  let r = 10 % n;
  while (r !== 1 % n) {
    r = (r * 10) % n;
    k++;
  }
  return k;
}
