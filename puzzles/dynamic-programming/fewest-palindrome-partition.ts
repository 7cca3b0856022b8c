/**
 * Cut the string into as few pieces as possible so that every piece is a palindrome (reads the same
 * backwards). Return the pieces in order; joined together they must give back the string.
 */
export function sat(pieces: string[], s = "abacdcaxracecarbanananoonmadamimadamz"): boolean {
  if (!pieces.every((p) => typeof p === "string" && p.length > 0)) return false;
  if (pieces.join("") !== s) return false;
  if (!pieces.every((p) => [...p].reverse().join("") === p)) return false;
  const n = s.length;
  const isPal = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) isPal[i][j] = s[i] === s[j] && (j - i < 2 || isPal[i + 1][j - 1]);
  }
  // fewest[i] = fewest palindromic pieces covering s[0..i-1].
  const fewest = new Array<number>(n + 1).fill(n);
  fewest[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) if (isPal[i][j - 1]) fewest[j] = Math.min(fewest[j], fewest[i] + 1);
  }
  return pieces.length === fewest[n];
}

export function sol(s = "abacdcaxracecarbanananoonmadamimadamz"): string[] {
  const n = s.length;
  const isPal = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) isPal[i][j] = s[i] === s[j] && (j - i < 2 || isPal[i + 1][j - 1]);
  }
  const fewest = new Array<number>(n + 1).fill(n);
  const cut = new Array<number>(n + 1).fill(0);
  fewest[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      if (isPal[i][j - 1] && fewest[i] + 1 < fewest[j]) {
        fewest[j] = fewest[i] + 1;
        cut[j] = i;
      }
    }
  }
  const out: string[] = [];
  for (let j = n; j > 0; j = cut[j]) out.push(s.slice(cut[j], j));
  return out.reverse();
}
