/**
 * Find an integer n >= lo whose representation in base b1 and whose representation in base b2 are
 * both palindromes.
 */
export function sat(n: number, lo = 1000, b1 = 2, b2 = 3): boolean {
  if (!Number.isSafeInteger(n) || n < lo) return false;
  const a = n.toString(b1);
  const b = n.toString(b2);
  return a === a.split("").reverse().join("") && b === b.split("").reverse().join("");
}

export function sol(lo = 1000, b1 = 2, b2 = 3): number {
  const isPal = (s: string): boolean => s === s.split("").reverse().join("");
  for (let n = Math.max(lo, 0); ; n++) {
    if (isPal(n.toString(b1)) && isPal(n.toString(b2))) return n;
  }
}
