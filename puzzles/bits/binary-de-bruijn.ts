/**
 * Find a binary string of length 2^n in which, read cyclically, every n-bit pattern occurs
 * exactly once as a window of n consecutive characters.
 */
export function sat(s: string, n = 8): boolean {
  const size = 2 ** n;
  if (typeof s !== "string" || s.length !== size || !/^[01]*$/.test(s)) return false;
  const seen = new Set<string>();
  const doubled = s + s;
  for (let i = 0; i < size; i++) seen.add(doubled.slice(i, i + n));
  return seen.size === size;
}

export function sol(n = 8): string {
  // "Prefer one": start with n zeros and append a 1 whenever the new window is unseen, else a 0.
  let s = "0".repeat(n);
  const seen = new Set<string>([s]);
  for (;;) {
    const tail = s.slice(s.length - n + 1);
    if (!seen.has(`${tail}1`)) {
      seen.add(`${tail}1`);
      s += "1";
    } else if (!seen.has(`${tail}0`)) {
      seen.add(`${tail}0`);
      s += "0";
    } else break;
  }
  return s.slice(0, 2 ** n);
}
