/**
 * In a zero-sum game you pick a row of payoff and your opponent picks a column at the same time; you
 * win payoff[row][col]. Find a mixed strategy for you, as non-negative integer weights on the rows
 * (row i is played with probability weights[i] / sum of weights), whose expected payoff is at least
 * valueNum / valueDen against every column.
 */
export function sat(
  weights: number[],
  payoff = [[7, 3, 4, 6], [2, 8, 5, 1], [5, 4, 2, 7], [3, 6, 7, 0]],
  valueNum = 53,
  valueDen = 12,
): boolean {
  if (weights.length !== payoff.length || !weights.every((w) => Number.isInteger(w) && w >= 0)) return false;
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return false;
  return payoff[0].every((_, j) => {
    const gain = weights.reduce((acc, w, i) => acc + w * payoff[i][j], 0);
    return gain * valueDen >= valueNum * total;
  });
}

export function sol(
  payoff = [[7, 3, 4, 6], [2, 8, 5, 1], [5, 4, 2, 7], [3, 6, 7, 0]],
  valueNum = 53,
  valueDen = 12,
): number[] {
  // Try every way to split a total of s among the rows, for s = 1, 2, ...
  const rows = payoff.length;
  const good = (w: number[], s: number) =>
    payoff[0].every((_, j) => w.reduce((acc, x, i) => acc + x * payoff[i][j], 0) * valueDen >= valueNum * s);
  for (let s = 1; s <= 200; s++) {
    const w = new Array<number>(rows).fill(0);
    const split = (i: number, left: number): boolean => {
      if (i === rows - 1) {
        w[i] = left;
        return good(w, s);
      }
      for (let x = 0; x <= left; x++) {
        w[i] = x;
        if (split(i + 1, left - x)) return true;
      }
      return false;
    };
    if (split(0, s)) return w;
  }
  return [];
}
