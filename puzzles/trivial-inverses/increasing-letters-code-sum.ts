/**
 * Find a string of exactly n lowercase letters, in strictly increasing alphabetical order, whose
 * character codes add up to `total`.
 */
export function sat(s: string, n = 10, total = 1100): boolean {
  if (s.length !== n) return false;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122 || (i > 0 && c <= s.charCodeAt(i - 1))) return false;
    sum += c;
  }
  return sum === total;
}

export function sol(n = 10, total = 1100): string {
  // Start from the n smallest letters and push letters up from the last one while the sum is short.
  const codes = Array.from({ length: n }, (_, i) => 97 + i);
  let sum = codes.reduce((a, b) => a + b, 0);
  for (let i = n - 1; i >= 0 && sum < total; i--) {
    const cap = 122 - (n - 1 - i);
    const raise = Math.min(cap - (codes[i] as number), total - sum);
    codes[i] = (codes[i] as number) + raise;
    sum += raise;
  }
  return String.fromCharCode(...codes);
}
