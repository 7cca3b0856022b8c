/**
 * Penney's game: a fair coin is tossed repeatedly until one of two patterns of heads ("H") and tails
 * ("T") appears as a run of consecutive tosses; the player whose pattern shows up first wins. Your
 * opponent has chosen `opponent`. Choose a different pattern of the same length that wins with
 * probability at least minProb[0] / minProb[1].
 */
export function sat(pattern: string, opponent = "HTTHH", minProb = [17, 26]): boolean {
  if (typeof pattern !== "string" || pattern.length !== opponent.length || pattern === opponent) return false;
  if (!/^[HT]*$/.test(pattern)) return false;
  // Conway's leading numbers: bit i is set when the suffix of x from i equals the prefix of y.
  const lead = (x: string, y: string) => {
    let v = 0;
    for (let i = 0; i < x.length; i++) v = 2 * v + (x.slice(i) === y.slice(0, x.length - i) ? 1 : 0);
    return v;
  };
  // Odds that pattern wins = (opp:opp - opp:pattern) : (pattern:pattern - pattern:opp).
  const forMe = lead(opponent, opponent) - lead(opponent, pattern);
  const forThem = lead(pattern, pattern) - lead(pattern, opponent);
  return forMe * minProb[1] >= minProb[0] * (forMe + forThem);
}

export function sol(opponent = "HTTHH", minProb = [17, 26]): string {
  const n = opponent.length;
  const lead = (x: string, y: string) => {
    let v = 0;
    for (let i = 0; i < x.length; i++) v = 2 * v + (x.slice(i) === y.slice(0, x.length - i) ? 1 : 0);
    return v;
  };
  let best = "";
  let bestNum = -1;
  let bestDen = 1;
  for (let bits = 0; bits < 1 << n; bits++) {
    const pattern = Array.from({ length: n }, (_, i) => ((bits >> i) & 1 ? "T" : "H")).join("");
    if (pattern === opponent) continue;
    const forMe = lead(opponent, opponent) - lead(opponent, pattern);
    const total = forMe + lead(pattern, pattern) - lead(pattern, opponent);
    if (forMe * bestDen > bestNum * total) [best, bestNum, bestDen] = [pattern, forMe, total];
  }
  return best;
}
