/** Find the number x that solves a*x + b = c*x + d. */
export function sat(x: number, a = 17, b = -42, c = 5, d = 690): boolean {
  return typeof x === "number" && a * x + b === c * x + d;
}

export function sol(a = 17, b = -42, c = 5, d = 690): number {
  return (d - b) / (a - c);
}
