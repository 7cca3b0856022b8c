/** Find a string of lowercase letters and digits that parseInt reads in base 36 as the number n. */
export function sat(s: string, n = 2023456789): boolean {
  return typeof s === "string" && /^[0-9a-z]+$/.test(s) && parseInt(s, 36) === n;
}

export function sol(n = 2023456789): string {
  return n.toString(36);
}
