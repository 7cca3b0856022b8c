/** Find x with 0 <= x < p such that x*x is congruent to a modulo the prime p. */
export function sat(x: number, a = 3722341, p = 7340033): boolean {
  return Number.isInteger(x) && x >= 0 && x < p && (x * x) % p === a % p;
}

export function sol(a = 3722341, p = 7340033): number {
  const powmod = (b: number, e: number): number => {
    let r = 1;
    b %= p;
    while (e > 0) {
      if (e % 2 === 1) r = (r * b) % p;
      b = (b * b) % p;
      e = Math.floor(e / 2);
    }
    return r;
  };
  a %= p;
  if (a === 0) return 0;
  // Tonelli-Shanks: write p - 1 = q * 2^s with q odd.
  let q = p - 1;
  let s = 0;
  while (q % 2 === 0) {
    q /= 2;
    s++;
  }
  let z = 2;
  while (powmod(z, (p - 1) / 2) !== p - 1) z++;
  let m = s;
  let c = powmod(z, q);
  let t = powmod(a, q);
  let r = powmod(a, (q + 1) / 2);
  while (t !== 1) {
    let i = 0;
    let tt = t;
    while (tt !== 1) {
      tt = (tt * tt) % p;
      i++;
    }
    let b = c;
    for (let j = 0; j < m - i - 1; j++) b = (b * b) % p;
    m = i;
    c = (b * b) % p;
    t = (t * c) % p;
    r = (r * b) % p;
  }
  return r;
}
