/**
 * Find a string of lowercase letters, at most n characters long, that sorts strictly
 * between a and b in lexicographic (code unit) order.
 */
export function sat(s: string, a = "azzzz", b = "b", n = 6): boolean {
  return typeof s === "string" && /^[a-z]*$/.test(s) && s.length <= n && a < s && s < b;
}

export function sol(a = "azzzz", b = "b", n = 6): string {
  const candidates: string[] = [a + "a"];
  for (let i = a.length - 1; i >= 0; i--) {
    const c = a.charCodeAt(i);
    if (c < 122) candidates.push(a.slice(0, i) + String.fromCharCode(c + 1));
  }
  for (const c of candidates) {
    if (c.length <= n && a < c && c < b) return c;
  }
  return "";
}
