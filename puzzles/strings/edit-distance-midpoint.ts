/**
 * Find a string that lies halfway between a and b in edit distance: its Levenshtein distance
 * (single-character insertions, deletions and substitutions) to a is at most floor(D / 2)
 * and to b at most ceil(D / 2), where D is the distance between a and b.
 */
export function sat(s: string, a = "saturday afternoon tea", b = "sunday morning coffee"): boolean {
  if (typeof s !== "string" || s.length > a.length + b.length) return false;
  const lev = (x: string, y: string): number => {
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      const cur = [i];
      for (let j = 1; j <= y.length; j++)
        cur[j] = Math.min(
          (prev[j] as number) + 1,
          (cur[j - 1] as number) + 1,
          (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
        );
      prev = cur;
    }
    return prev[y.length] as number;
  };
  const d = lev(a, b);
  return lev(s, a) <= Math.floor(d / 2) && lev(s, b) <= Math.ceil(d / 2);
}

export function sol(a = "saturday afternoon tea", b = "sunday morning coffee"): string {
  const m = a.length;
  const n = b.length;
  const dp: number[][] = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => (dp[i] as number[])[j] as number;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      (dp[i] as number[])[j] = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  // Trace an optimal alignment back, as steps [kind, aChar, bChar].
  const steps: [string, string, string][] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && at(i, j) === at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      steps.push([a[i - 1] === b[j - 1] ? "keep" : "sub", a[i - 1] as string, b[j - 1] as string]);
      i--;
      j--;
    } else if (i > 0 && at(i, j) === at(i - 1, j) + 1) {
      steps.push(["del", a[i - 1] as string, ""]);
      i--;
    } else {
      steps.push(["ins", "", b[j - 1] as string]);
      j--;
    }
  }
  steps.reverse();
  let budget = Math.floor(at(m, n) / 2);
  let out = "";
  for (const [kind, x, y] of steps) {
    if (kind !== "keep" && budget > 0) {
      budget--;
      out += y;
    } else out += x;
  }
  return out;
}
