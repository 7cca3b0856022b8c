/** Find a primitive root g modulo the prime p (the powers of g reach every nonzero residue) with g >= lo. */
export function sat(g: number, p = 1000003, lo = 1000): boolean {
  if (!Number.isInteger(g) || g < lo || g >= p) return false;
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
  let m = p - 1;
  for (let q = 2; q <= m; q++) {
    if (q * q > m) q = m;
    if (m % q === 0) {
      if (powmod(g, (p - 1) / q) === 1) return false;
      while (m % q === 0) m /= q;
    }
  }
  return true;
}

export function sol(p = 1000003, lo = 1000): number {
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
  const qs: number[] = [];
  let m = p - 1;
  for (let q = 2; q * q <= m; q++) {
    if (m % q === 0) {
      qs.push(q);
      while (m % q === 0) m /= q;
    }
  }
  if (m > 1) qs.push(m);
  for (let g = lo; g < p; g++) {
    if (qs.every((q) => powmod(g, (p - 1) / q) !== 1)) return g;
  }
  return -1;
}
