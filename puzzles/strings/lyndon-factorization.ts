/**
 * Split s into Lyndon words in non-increasing lexicographic order. A Lyndon word is a non-empty
 * string that is strictly smaller than every one of its proper suffixes (e.g. "aab", "abb", "b").
 */
export function sat(parts: string[], s = "cabbagebabbabcabcaabaabacbbcbacaaab"): boolean {
  if (!Array.isArray(parts) || parts.join("") !== s) return false;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    if (typeof w !== "string" || w.length === 0) return false;
    for (let k = 1; k < w.length; k++) if (!(w < w.slice(k))) return false;
    if (i > 0 && (parts[i - 1] as string) < w) return false;
  }
  return true;
}

export function sol(s = "cabbagebabbabcabcaabaabacbbcbacaaab"): string[] {
  // Duval's algorithm.
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    let k = i;
    while (j < s.length && (s[k] as string) <= (s[j] as string)) {
      k = (s[k] as string) < (s[j] as string) ? i : k + 1;
      j++;
    }
    while (i <= k) {
      out.push(s.slice(i, i + j - k));
      i += j - k;
    }
  }
  return out;
}
