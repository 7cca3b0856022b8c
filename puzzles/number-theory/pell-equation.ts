/** Find positive integers [x, y] with x*x - d*y*y = 1 and x*x within the safe integer range. */
export function sat(xy: [number, number], d = 139): boolean {
  if (!Array.isArray(xy) || xy.length !== 2) return false;
  const [x, y] = xy;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 1 || y < 1) return false;
  if (!Number.isSafeInteger(x * x) || !Number.isSafeInteger(d * y * y)) return false;
  return x * x - d * y * y === 1;
}

export function sol(d = 139): [number, number] {
  // Continued fraction of sqrt(d); the convergents h/k eventually give the fundamental solution.
  const a0 = Math.floor(Math.sqrt(d));
  let m = 0;
  let den = 1;
  let a = a0;
  let [h1, h] = [1, a0];
  let [k1, k] = [0, 1];
  for (let iter = 0; iter < 1000; iter++) {
    if (h * h - d * k * k === 1) return [h, k];
    m = den * a - m;
    den = (d - m * m) / den;
    a = Math.floor((a0 + m) / den);
    [h1, h] = [h, a * h + h1];
    [k1, k] = [k, a * k + k1];
  }
  return [0, 0];
}
