/**
 * Find a string of at least m characters that is a subsequence of each of a, b and c
 * (its characters appear in each of them in the same order, not necessarily adjacent).
 */
export function sat(
  s: string,
  a = "the quick brown fox jumps over",
  b = "a lazy dog quietly browses for jam",
  c = "quirky brown owls jump over fences",
  m = 13,
): boolean {
  if (typeof s !== "string" || s.length < m) return false;
  const isSub = (t: string): boolean => {
    let i = 0;
    for (const ch of t) if (i < s.length && ch === s[i]) i++;
    return i === s.length;
  };
  return isSub(a) && isSub(b) && isSub(c);
}

export function sol(
  a = "the quick brown fox jumps over",
  b = "a lazy dog quietly browses for jam",
  c = "quirky brown owls jump over fences",
  m = 13,
): string {
  const A = a.length;
  const B = b.length;
  const C = c.length;
  const idx = (i: number, j: number, k: number): number => (i * (B + 1) + j) * (C + 1) + k;
  const dp = new Int32Array((A + 1) * (B + 1) * (C + 1));
  for (let i = A - 1; i >= 0; i--)
    for (let j = B - 1; j >= 0; j--)
      for (let k = C - 1; k >= 0; k--)
        dp[idx(i, j, k)] =
          a[i] === b[j] && b[j] === c[k]
            ? (dp[idx(i + 1, j + 1, k + 1)] as number) + 1
            : Math.max(
                dp[idx(i + 1, j, k)] as number,
                dp[idx(i, j + 1, k)] as number,
                dp[idx(i, j, k + 1)] as number,
              );
  let out = "";
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < A && j < B && k < C) {
    const here = dp[idx(i, j, k)] as number;
    if (a[i] === b[j] && b[j] === c[k] && here === (dp[idx(i + 1, j + 1, k + 1)] as number) + 1) {
      out += a[i];
      i++;
      j++;
      k++;
    } else if (dp[idx(i + 1, j, k)] === here) i++;
    else if (dp[idx(i, j + 1, k)] === here) j++;
    else k++;
  }
  return out;
}
