/**
 * Find a string of length n over the letters "abc" that contains no square: no non-empty
 * block of characters immediately followed by a copy of itself (like "aa" or "abcabc").
 */
export function sat(s: string, n = 60): boolean {
  if (typeof s !== "string" || s.length !== n || !/^[abc]*$/.test(s)) return false;
  for (let len = 1; 2 * len <= n; len++)
    for (let i = 0; i + 2 * len <= n; i++) if (s.slice(i, i + len) === s.slice(i + len, i + 2 * len)) return false;
  return true;
}

export function sol(n = 60): string {
  const out: string[] = [];
  const endsInSquare = (): boolean => {
    const m = out.length;
    for (let len = 1; 2 * len <= m; len++) {
      let same = true;
      for (let k = 0; k < len && same; k++) same = out[m - 1 - k] === out[m - 1 - len - k];
      if (same) return true;
    }
    return false;
  };
  const go = (): boolean => {
    if (out.length === n) return true;
    for (const c of "abc") {
      out.push(c);
      if (!endsInSquare() && go()) return true;
      out.pop();
    }
    return false;
  };
  go();
  return out.join("");
}
