/**
 * Find the Pisano period for modulus m: the smallest p >= 1 such that the Fibonacci numbers taken
 * modulo m repeat with period p, i.e. F(p) mod m = 0 and F(p + 1) mod m = 1.
 */
export function sat(p: number, m = 1000): boolean {
  if (!Number.isInteger(p) || p < 1 || p > 6 * m) return false;
  let a = 0;
  let b = 1;
  for (let i = 1; i <= p; i++) {
    [a, b] = [b, (a + b) % m];
    if (a === 0 && b === 1) return i === p;
  }
  return false;
}

export function sol(m = 1000): number {
  let a = 0;
  let b = 1;
  let i = 0;
  do {
    [a, b] = [b, (a + b) % m];
    i++;
  } while (!(a === 0 && b === 1));
  return i;
}
