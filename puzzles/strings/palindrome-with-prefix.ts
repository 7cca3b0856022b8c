/** Find a palindrome of exactly n characters that starts with the prefix p. */
export function sat(s: string, p = "step on", n = 20): boolean {
  return s.length === n && s.startsWith(p) && s === s.split("").reverse().join("");
}

export function sol(p = "step on", n = 20): string {
  const out: string[] = new Array(n).fill("x");
  for (let i = 0; i < p.length; i++) {
    out[i] = p[i] as string;
    out[n - 1 - i] = p[i] as string;
  }
  return out.join("");
}
