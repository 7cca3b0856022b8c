/** Find integers [x, y] with a * x + b * y === 1, both of absolute value at most bound. */
export function sat(xy: [number, number], a = 1763, b = 2027, bound = 2027): boolean {
  const [x, y] = xy;
  return (
    xy.length === 2 &&
    Number.isInteger(x) &&
    Number.isInteger(y) &&
    Math.abs(x) <= bound &&
    Math.abs(y) <= bound &&
    a * x + b * y === 1
  );
}

export function sol(a = 1763, b = 2027, bound = 2027): [number, number] {
  // Extended Euclid keeps the invariants r0 = a * s0 + b * t0 and r1 = a * s1 + b * t1.
  let [r0, r1] = [a, b];
  let [s0, s1] = [1, 0];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return Math.abs(s0) <= bound ? [s0, t0] : [0, 0];
}
