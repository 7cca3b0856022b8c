/** Find positive integers x and y such that a*x + b*y = c. */
export function sat(answer: { x: number; y: number }, a = 40037, b = 71993, c = 2882345678): boolean {
  const { x, y } = answer;
  return Number.isInteger(x) && Number.isInteger(y) && x > 0 && y > 0 && a * x + b * y === c;
}

export function sol(a = 40037, b = 71993, c = 2882345678): { x: number; y: number } {
  // Extended Euclid gives a*s + b*t = g; scale to c, then shift x into [1, b/g].
  let [r0, r1, s0, s1, t0, t1] = [a, b, 1, 0, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  const g = r0;
  const step = b / g;
  const k = c / g;
  // x = s0 * k mod step, multiplied by doubling so that no intermediate product overflows.
  const mulmod = (u: number, v: number, m: number): number => {
    let r = 0;
    u %= m;
    while (v > 0) {
      if (v % 2 === 1) r = (r + u) % m;
      u = (u * 2) % m;
      v = Math.floor(v / 2);
    }
    return r;
  };
  let x = mulmod(((s0 % step) + step) % step, k % step, step);
  if (x === 0) x = step;
  const y = (c - a * x) / b;
  return { x, y };
}
