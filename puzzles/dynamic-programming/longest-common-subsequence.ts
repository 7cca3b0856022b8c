/**
 * Find a longest string that is a subsequence of both a and b (its characters appear in each string
 * in order, not necessarily contiguously).
 */
export function sat(
  common: string,
  a = "ACCGGTCGAGTGCGCGGAAGCCGGCCGAA",
  b = "GTCGTTCGGAATGCCGTTGCTCTGTAAA"
): boolean {
  const isSubsequence = (s: string, t: string) => {
    let k = 0;
    for (const ch of t) if (k < s.length && s[k] === ch) k++;
    return k === s.length;
  };
  if (typeof common !== "string" || !isSubsequence(common, a) || !isSubsequence(common, b)) return false;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return common.length === prev[b.length];
}

export function sol(a = "ACCGGTCGAGTGCGCGGAAGCCGGCCGAA", b = "GTCGTTCGGAATGCCGTTGCTCTGTAAA"): string {
  // suffix[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const suffix = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      suffix[i][j] = a[i] === b[j] ? suffix[i + 1][j + 1] + 1 : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
    }
  }
  let out = "";
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out += a[i];
      i++;
      j++;
    } else if (suffix[i + 1][j] >= suffix[i][j + 1]) i++;
    else j++;
  }
  return out;
}
