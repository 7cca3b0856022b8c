/**
 * Find integers [x, y], each of absolute value at most 10^8, such that a*x + b*y equals the
 * greatest common divisor of a and b.
 */
export function sat(xy: [number, number], a = 27182818, b = 31415926): boolean {
  if (!Array.isArray(xy) || xy.length !== 2) return false;
  const [x, y] = xy;
  if (!Number.isInteger(x) || !Number.isInteger(y)) return false;
  if (Math.abs(x) > 1e8 || Math.abs(y) > 1e8) return false;
  let p = a;
  let q = b;
  while (q !== 0) [p, q] = [q, p % q];
  return a * x + b * y === p;
}

export function sol(a = 27182818, b = 31415926): [number, number] {
  // Extended Euclid: keep r = a*s + b*t for the two most recent remainders.
  let [r0, r1] = [a, b];
  let [s0, s1] = [1, 0];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return [s0, t0];
}
