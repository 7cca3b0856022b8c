/**
 * Find a lowercase string of exactly n letters that contains the substring `must` and whose Atbash
 * encoding (a<->z, b<->y, c<->x, ...) is the same string read backwards.
 */
export function sat(s: string, n = 10, must = "q"): boolean {
  if (s.length !== n || !s.includes(must)) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
    if (String.fromCharCode(219 - c) !== s[n - 1 - i]) return false;
  }
  return true;
}

export function sol(n = 10, must = "q"): string {
  const half = (must + "a".repeat(n)).slice(0, n / 2);
  let tail = "";
  for (let i = half.length - 1; i >= 0; i--) tail += String.fromCharCode(219 - half.charCodeAt(i));
  return half + tail;
}
