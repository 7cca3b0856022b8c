/** Find integers [a, b] with a > 0 such that the complex number a + b*i squared equals c + d*i. */
export function sat(z: [number, number], c = 333, d = -644): boolean {
  if (!Array.isArray(z) || z.length !== 2) return false;
  const [a, b] = z;
  return Number.isInteger(a) && Number.isInteger(b) && a > 0 && a * a - b * b === c && 2 * a * b === d;
}

export function sol(c = 333, d = -644): [number, number] {
  // |z|^2 = sqrt(c^2 + d^2); a^2 = (|z|^2 + c) / 2 and b = d / (2a)
  const norm = Math.round(Math.sqrt(c * c + d * d));
  const a = Math.round(Math.sqrt((norm + c) / 2));
  if (a > 0) return [a, d / (2 * a)];
  return [Math.round(Math.sqrt(-c)), 0];
}
