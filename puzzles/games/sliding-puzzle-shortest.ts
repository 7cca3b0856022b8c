/**
 * The 8-puzzle: a 3 x 3 frame holds tiles 1..8 and a gap "0", written row by row. A move slides a tile
 * into the gap; name it by the direction the gap travels: "U", "D", "L" or "R". Find a sequence of at
 * most maxMoves moves that turns start into "123456780".
 */
export function sat(moves: string, start = "658721043", maxMoves = 28): boolean {
  if (typeof moves !== "string" || moves.length > maxMoves) return false;
  const tiles = [...start];
  let gap = tiles.indexOf("0");
  for (const m of moves) {
    const r = Math.floor(gap / 3);
    const c = gap % 3;
    let next: number;
    if (m === "U" && r > 0) next = gap - 3;
    else if (m === "D" && r < 2) next = gap + 3;
    else if (m === "L" && c > 0) next = gap - 1;
    else if (m === "R" && c < 2) next = gap + 1;
    else return false;
    tiles[gap] = tiles[next];
    tiles[next] = "0";
    gap = next;
  }
  return tiles.join("") === "123456780";
}

export function sol(start = "658721043", maxMoves = 28): string {
  // Iterative-deepening A* with the Manhattan distance of the tiles as the estimate.
  const tiles = [...start].map(Number);
  const manhattan = () => {
    let h = 0;
    tiles.forEach((t, i) => {
      if (t !== 0) h += Math.abs(Math.floor(i / 3) - Math.floor((t - 1) / 3)) + Math.abs((i % 3) - ((t - 1) % 3));
    });
    return h;
  };
  const steps: [string, number, string][] = [["U", -3, "D"], ["D", 3, "U"], ["L", -1, "R"], ["R", 1, "L"]];
  const path: string[] = [];
  const dfs = (gap: number, g: number, h: number, bound: number, back: string): number => {
    if (g + h > bound) return g + h;
    if (h === 0) return -1;
    let least = Number.MAX_SAFE_INTEGER;
    for (const [name, delta, undo] of steps) {
      if (name === back) continue;
      const next = gap + delta;
      if (next < 0 || next > 8 || (Math.abs(delta) === 1 && Math.floor(next / 3) !== Math.floor(gap / 3))) continue;
      const t = tiles[next];
      // The tile t moves from next to gap: update the estimate for that tile alone.
      const goalRow = Math.floor((t - 1) / 3);
      const goalCol = (t - 1) % 3;
      const before = Math.abs(Math.floor(next / 3) - goalRow) + Math.abs((next % 3) - goalCol);
      const after = Math.abs(Math.floor(gap / 3) - goalRow) + Math.abs((gap % 3) - goalCol);
      tiles[gap] = t;
      tiles[next] = 0;
      path.push(name);
      const found = dfs(next, g + 1, h - before + after, bound, undo);
      if (found === -1) return -1;
      least = Math.min(least, found);
      path.pop();
      tiles[next] = t;
      tiles[gap] = 0;
    }
    return least;
  };
  let bound = manhattan();
  while (bound <= maxMoves) {
    const found = dfs(tiles.indexOf(0), 0, manhattan(), bound, "");
    if (found === -1) return path.join("");
    bound = found;
  }
  return "";
}
