/** Find the smallest integer greater than n that has the same number of one bits as n. */
export function sat(x: number, n = 123456789): boolean {
  if (!Number.isInteger(x) || x <= n || x >= 2 ** 40) return false;
  const bits = (v: number): number[] => {
    const out: number[] = [];
    for (let m = v; m > 0; m = Math.floor(m / 2)) out.push(m % 2);
    return out;
  };
  const ones = (v: number): number => bits(v).reduce((a, b) => a + b, 0);
  const k = ones(n);
  if (ones(x) !== k) return false;
  // rank(v) = how many integers in [0, v) have exactly k one bits; x must come right after n.
  const binom = (a: number, b: number): number => {
    if (b < 0 || b > a) return 0;
    let r = 1;
    for (let i = 1; i <= b; i++) r = (r * (a - b + i)) / i;
    return Math.round(r);
  };
  const rank = (v: number): number => {
    const bs = bits(v);
    let r = 0;
    let seen = 0;
    for (let i = bs.length - 1; i >= 0; i--) {
      if (bs[i] === 1) {
        r += binom(i, k - seen);
        seen++;
      }
    }
    return r;
  };
  return rank(x) === rank(n) + 1;
}

export function sol(n = 123456789): number {
  // Gosper's hack, written with arithmetic so it is not limited to 32 bits:
  // c = lowest set bit, r = n + c, next = r | (((r ^ n) >> 2) / c).
  let c = 1;
  while (Math.floor(n / c) % 2 === 0) c *= 2;
  const r = n + c;
  let diff = 0;
  let a = n;
  let b = r;
  for (let p = 1; a > 0 || b > 0; p *= 2) {
    if (a % 2 !== b % 2) diff += p;
    a = Math.floor(a / 2);
    b = Math.floor(b / 2);
  }
  return r + Math.floor(diff / 4 / c);
}
