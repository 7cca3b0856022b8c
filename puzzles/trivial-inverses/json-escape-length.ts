/**
 * Find a string of exactly n characters whose JSON encoding (JSON.stringify, quotes included) is
 * exactly ratio * n + 2 characters long.
 */
export function sat(s: string, n = 12, ratio = 3): boolean {
  return typeof s === "string" && s.length === n && JSON.stringify(s).length === ratio * n + 2;
}

export function sol(n = 12, ratio = 3): string {
  // "\n" encodes to 2 characters, a control character such as U+0001 to 6 ("\u0001"), a letter to 1.
  const costs: [string, number][] = [
    ["\u0001", 6],
    ["\n", 2],
    ["x", 1],
  ];
  const need = ratio * n;
  for (let a = 0; a <= n; a++) {
    for (let b = 0; a + b <= n; b++) {
      const c = n - a - b;
      if (a * 6 + b * 2 + c === need) {
        return (costs[0] as [string, number])[0].repeat(a) + "\n".repeat(b) + "x".repeat(c);
      }
    }
  }
  return "";
}
