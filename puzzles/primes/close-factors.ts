/** Find a factorization n = a * b with 1 < a <= b (n is the product of two primes lying close together). */
export function sat(ab: [number, number], n = 7943215713548231): boolean {
  if (!Array.isArray(ab) || ab.length !== 2) return false;
  const [a, b] = ab;
  return Number.isInteger(a) && Number.isInteger(b) && 1 < a && a <= b && n % a === 0 && n / a === b;
}

export function sol(n = 7943215713548231): [number, number] {
  // Fermat's method: look for x with x^2 - n a perfect square y^2; then n = (x - y)(x + y).
  let x = Math.floor(Math.sqrt(n));
  while (x * x < n) x++;
  for (let i = 0; i < 10000000; i++, x++) {
    const r = x * x - n;
    let y = Math.floor(Math.sqrt(r));
    while (y * y > r) y--;
    while ((y + 1) * (y + 1) <= r) y++;
    if (y * y === r && x - y > 1) return [x - y, x + y];
  }
  return [1, n];
}
