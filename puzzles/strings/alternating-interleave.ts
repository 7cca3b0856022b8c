/**
 * Find an interleaving of a and b (a merge that keeps the characters of each in their
 * original order) in which no two neighbouring characters are equal.
 */
export function sat(s: string, a = "cccbbcabbaccab", b = "baabbbcccbbbbc"): boolean {
  const A = a.length;
  const B = b.length;
  if (typeof s !== "string" || s.length !== A + B) return false;
  for (let i = 1; i < s.length; i++) if (s[i] === s[i - 1]) return false;
  // can[i][j]: the first i + j characters of s merge a[0..i) and b[0..j)
  const can: boolean[][] = Array.from({ length: A + 1 }, () => new Array(B + 1).fill(false));
  for (let i = 0; i <= A; i++)
    for (let j = 0; j <= B; j++) {
      const row = can[i] as boolean[];
      if (i === 0 && j === 0) row[j] = true;
      else
        row[j] =
          (i > 0 && (can[i - 1] as boolean[])[j] === true && a[i - 1] === s[i + j - 1]) ||
          (j > 0 && row[j - 1] === true && b[j - 1] === s[i + j - 1]);
    }
  return (can[A] as boolean[])[B] === true;
}

export function sol(a = "cccbbcabbaccab", b = "baabbbcccbbbbc"): string {
  const memo = new Map<string, string | null>();
  const go = (i: number, j: number, last: string): string | null => {
    if (i === a.length && j === b.length) return "";
    const key = `${i},${j},${last}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let res: string | null = null;
    if (i < a.length && a[i] !== last) {
      const rest = go(i + 1, j, a[i] as string);
      if (rest !== null) res = a[i] + rest;
    }
    if (res === null && j < b.length && b[j] !== last) {
      const rest = go(i, j + 1, b[j] as string);
      if (rest !== null) res = b[j] + rest;
    }
    memo.set(key, res);
    return res;
  };
  return go(0, 0, "") ?? "";
}
