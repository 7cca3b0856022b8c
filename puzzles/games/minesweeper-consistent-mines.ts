/**
 * A Minesweeper board: a digit is an opened cell showing how many of its (up to 8) neighbours hold a
 * mine, "?" is a closed cell, and exactly `mines` of the closed cells hold a mine. Find a placement of
 * the mines consistent with every digit: answer with the board's rows, "*" for a mine, "." elsewhere.
 */
export function sat(
  layout: string[],
  board = ["0????1???", "?????????", "?????2221", "???311000", "1??100000", "???200111", "???2101??", "??3?112??", "??2????1?"],
  mines = 14,
): boolean {
  const h = board.length;
  const w = board[0].length;
  if (layout.length !== h || !layout.every((row) => typeof row === "string" && row.length === w)) return false;
  let total = 0;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const ch = layout[r][c];
      if (ch !== "*" && ch !== ".") return false;
      if (ch === "*") {
        if (board[r][c] !== "?") return false;
        total++;
      }
    }
  }
  if (total !== mines) return false;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (board[r][c] === "?") continue;
      let around = 0;
      for (let a = r - 1; a <= r + 1; a++) {
        for (let b = c - 1; b <= c + 1; b++) if (a >= 0 && a < h && b >= 0 && b < w && layout[a][b] === "*") around++;
      }
      if (around !== Number(board[r][c])) return false;
    }
  }
  return true;
}

export function sol(
  board = ["0????1???", "?????????", "?????2221", "???311000", "1??100000", "???200111", "???2101??", "??3?112??", "??2????1?"],
  mines = 14,
): string[] {
  const h = board.length;
  const w = board[0].length;
  const mine = Array.from({ length: h }, () => new Array<boolean>(w).fill(false));
  const around = (r: number, c: number) => {
    const out: number[][] = [];
    for (let a = r - 1; a <= r + 1; a++) {
      for (let b = c - 1; b <= c + 1; b++) if (a >= 0 && a < h && b >= 0 && b < w && (a !== r || b !== c)) out.push([a, b]);
    }
    return out;
  };
  const clues: number[][] = [];
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) if (board[r][c] !== "?") clues.push([r, c]);
  // Closed cells next to a digit are decided by search; the others only take up the remaining count.
  const frontier: number[][] = [];
  const inner: number[][] = [];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (board[r][c] !== "?") continue;
      (around(r, c).some(([a, b]) => board[a][b] !== "?") ? frontier : inner).push([r, c]);
    }
  }
  const decided = Array.from({ length: h }, () => new Array<boolean>(w).fill(false));
  for (const [r, c] of clues) decided[r][c] = true;
  // A clue is still satisfiable if its mines so far are not too many and its open cells can fill it.
  const possible = (r: number, c: number) => {
    let have = 0;
    let open = 0;
    for (const [a, b] of around(r, c)) {
      if (mine[a][b]) have++;
      else if (!decided[a][b]) open++;
    }
    const need = Number(board[r][c]);
    return have <= need && have + open >= need;
  };
  const place = (k: number, used: number): boolean => {
    if (used > mines) return false;
    if (k === frontier.length) {
      if (mines - used > inner.length) return false;
      inner.slice(0, mines - used).forEach(([r, c]) => {
        mine[r][c] = true;
      });
      return true;
    }
    const [r, c] = frontier[k];
    decided[r][c] = true;
    for (const m of [false, true]) {
      mine[r][c] = m;
      if (around(r, c).every(([a, b]) => board[a][b] === "?" || possible(a, b)) && place(k + 1, used + (m ? 1 : 0))) {
        return true;
      }
    }
    mine[r][c] = false;
    decided[r][c] = false;
    return false;
  };
  place(0, 0);
  return mine.map((row) => row.map((m) => (m ? "*" : ".")).join(""));
}
