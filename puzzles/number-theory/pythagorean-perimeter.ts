/** Find a right triangle with integer sides [a, b, c], a < b < c, a^2 + b^2 = c^2, whose perimeter is exactly s. */
export function sat(sides: [number, number, number], s = 4620): boolean {
  if (!Array.isArray(sides) || sides.length !== 3) return false;
  const [a, b, c] = sides;
  if (![a, b, c].every((v) => Number.isInteger(v) && v > 0 && v < s)) return false;
  return a < b && b < c && a + b + c === s && a * a + b * b === c * c;
}

export function sol(s = 4620): [number, number, number] {
  // From a + b + c = s and a^2 + b^2 = c^2: b = s (s - 2a) / (2 (s - a)).
  for (let a = 1; 3 * a < s; a++) {
    const num = s * (s - 2 * a);
    const den = 2 * (s - a);
    if (num % den === 0) {
      const b = num / den;
      const c = s - a - b;
      if (a < b && b < c) return [a, b, c];
    }
  }
  return [0, 0, 0];
}
