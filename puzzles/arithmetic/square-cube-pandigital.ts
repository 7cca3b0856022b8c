/** Find a positive integer n such that the decimal digits of n squared and n cubed, taken together, are 0-9 each exactly once. */
export function sat(n: number): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 1e5) return false;
  return (String(n * n) + String(n * n * n)).split("").sort().join("") === "0123456789";
}

export function sol(): number {
  for (let n = 1; n < 1e5; n++) {
    const s = String(n * n) + String(n * n * n);
    if (s.length === 10 && s.split("").sort().join("") === "0123456789") return n;
    if (s.length > 10) break;
  }
  return 0;
}
