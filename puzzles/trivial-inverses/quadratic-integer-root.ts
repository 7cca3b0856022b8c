/** Find an integer x such that x * x + b * x equals c. */
export function sat(x: number, b = 4, c = 1085): boolean {
  return Number.isInteger(x) && x * x + b * x === c;
}

export function sol(b = 4, c = 1085): number {
  // Positive root of x^2 + b x - c = 0.
  return (-b + Math.sqrt(b * b + 4 * c)) / 2;
}
