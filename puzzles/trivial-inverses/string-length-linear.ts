/** Find a string s such that s.length * a + b equals target. */
export function sat(s: string, a = 7, b = -5, target = 996): boolean {
  return s.length * a + b === target;
}

export function sol(a = 7, b = -5, target = 996): string {
  return "x".repeat((target - b) / a);
}
