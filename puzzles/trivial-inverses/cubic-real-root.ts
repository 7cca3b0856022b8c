/** Find a real number x with |x^3 + x - target| < 1e-6. */
export function sat(x: number, target = 1000): boolean {
  return typeof x === "number" && Math.abs(x ** 3 + x - target) < 1e-6;
}

export function sol(target = 1000): number {
  // The left side is increasing, so bisection converges.
  let lo = -Math.abs(target) - 1;
  let hi = Math.abs(target) + 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid ** 3 + mid < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
