/** Find a non-negative integer k such that g^k is congruent to h modulo the prime p. */
export function sat(k: number, g = 5, h = 53982615, p = 94906249): boolean {
  if (!Number.isInteger(k) || k < 0 || k > 1e15) return false;
  let r = 1;
  let b = g % p;
  let e = k;
  while (e > 0) {
    if (e % 2 === 1) r = (r * b) % p;
    b = (b * b) % p;
    e = Math.floor(e / 2);
  }
  return r === h % p;
}

export function sol(g = 5, h = 53982615, p = 94906249): number {
  // Baby-step giant-step: g^(i*m + j) = h  <=>  h * (g^-m)^i = g^j.
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
  const m = Math.ceil(Math.sqrt(p - 1));
  const baby = new Map<number, number>();
  let cur = 1;
  for (let j = 0; j < m; j++) {
    if (!baby.has(cur)) baby.set(cur, j);
    cur = (cur * g) % p;
  }
  const factor = powmod(powmod(g, m), p - 2);
  let gamma = h % p;
  for (let i = 0; i <= m; i++) {
    const j = baby.get(gamma);
    if (j !== undefined) return i * m + j;
    gamma = (gamma * factor) % p;
  }
  return -1;
}
