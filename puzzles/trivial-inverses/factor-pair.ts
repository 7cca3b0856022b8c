/** Find two integers [a, b], both greater than 1, whose product is n. */
export function sat(ab: [number, number], n = 1000009): boolean {
  const [a, b] = ab;
  return ab.length === 2 && Number.isInteger(a) && Number.isInteger(b) && a > 1 && b > 1 && a * b === n;
}

export function sol(n = 1000009): [number, number] {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return [d, n / d];
  return [1, n];
}
