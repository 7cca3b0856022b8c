/**
 * Tic-tac-toe, X moves first and O second. Give a complete strategy for O that never loses: an object
 * mapping each board on which O has to move (9 characters row by row, "X", "O" or "." for empty) to
 * the cell 0..8 where O plays. Every board reachable when O follows the strategy must be covered.
 */
export function sat(strategy: Record<string, number>): boolean {
  const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  const won = (b: string, p: string) => lines.some((l) => l.every((i) => b[i] === p));
  const put = (b: string, i: number, p: string) => b.slice(0, i) + p + b.slice(i + 1);
  // With X to move on b, O survives every continuation.
  const checked = new Set<string>();
  const safe = (b: string): boolean => {
    if (checked.has(b)) return true;
    for (let i = 0; i < 9; i++) {
      if (b[i] !== ".") continue;
      const afterX = put(b, i, "X");
      if (won(afterX, "X")) return false;
      if (!afterX.includes(".")) continue;
      if (!Object.hasOwn(strategy, afterX)) return false;
      const m = strategy[afterX];
      if (!Number.isInteger(m) || m < 0 || m > 8 || afterX[m] !== ".") return false;
      const afterO = put(afterX, m, "O");
      if (!won(afterO, "O") && !safe(afterO)) return false;
    }
    checked.add(b);
    return true;
  };
  return safe(".........");
}

export function sol(): Record<string, number> {
  const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  const won = (b: string, p: string) => lines.some((l) => l.every((i) => b[i] === p));
  const put = (b: string, i: number, p: string) => b.slice(0, i) + p + b.slice(i + 1);
  const memo = new Map<string, number>();
  // Score for O with p to move: 1 win, 0 draw, -1 loss.
  const score = (b: string, p: string): number => {
    if (won(b, "O")) return 1;
    if (won(b, "X")) return -1;
    if (!b.includes(".")) return 0;
    const key = b + p;
    if (memo.has(key)) return memo.get(key)!;
    const scores: number[] = [];
    for (let i = 0; i < 9; i++) if (b[i] === ".") scores.push(score(put(b, i, p), p === "X" ? "O" : "X"));
    const s = p === "O" ? Math.max(...scores) : Math.min(...scores);
    memo.set(key, s);
    return s;
  };
  const strategy: Record<string, number> = {};
  const walk = (b: string): void => {
    for (let i = 0; i < 9; i++) {
      if (b[i] !== ".") continue;
      const afterX = put(b, i, "X");
      if (won(afterX, "X") || !afterX.includes(".") || Object.hasOwn(strategy, afterX)) continue;
      let best = -1;
      for (let m = 0; m < 9; m++) {
        if (afterX[m] === "." && (best === -1 || score(put(afterX, m, "O"), "X") > score(put(afterX, best, "O"), "X"))) {
          best = m;
        }
      }
      strategy[afterX] = best;
      const afterO = put(afterX, best, "O");
      if (!won(afterO, "O")) walk(afterO);
    }
  };
  walk(".........");
  return strategy;
}
