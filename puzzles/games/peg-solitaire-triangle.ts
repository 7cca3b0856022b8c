/**
 * Peg solitaire on a triangle of holes with `rows` rows (row r has r + 1 holes; hole number
 * r * (r + 1) / 2 + c is at row r, position c). Every hole holds a peg except hole `empty`. A move
 * jumps a peg over a neighbouring peg, along a row or either diagonal, into the empty hole right behind
 * it, and the jumped peg is removed. Give the jumps as [from, to] so that a single peg is left, in
 * hole `finish`.
 */
export function sat(jumps: number[][], rows = 5, empty = 4, finish = 12): boolean {
  const holes = (rows * (rows + 1)) / 2;
  const where: number[][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c <= r; c++) where.push([r, c]);
  const index = (r: number, c: number) => (r * (r + 1)) / 2 + c;
  const peg = new Array<boolean>(holes).fill(true);
  peg[empty] = false;
  for (const jump of jumps) {
    if (jump.length !== 2) return false;
    const [from, to] = jump;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0 || from >= holes || to >= holes) {
      return false;
    }
    const dr = where[to][0] - where[from][0];
    const dc = where[to][1] - where[from][1];
    const straight = (Math.abs(dr) === 2 && (dc === 0 || dc === dr)) || (dr === 0 && Math.abs(dc) === 2);
    if (!straight) return false;
    const over = index(where[from][0] + dr / 2, where[from][1] + dc / 2);
    if (!peg[from] || !peg[over] || peg[to]) return false;
    peg[from] = false;
    peg[over] = false;
    peg[to] = true;
  }
  return peg.every((p, i) => p === (i === finish));
}

export function sol(rows = 5, empty = 4, finish = 12): number[][] {
  const holes = (rows * (rows + 1)) / 2;
  const index = (r: number, c: number) => (r * (r + 1)) / 2 + c;
  // Every possible jump as [from, over, to].
  const moves: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c <= r; c++) {
      for (const [dr, dc] of [[0, 2], [0, -2], [2, 0], [-2, 0], [2, 2], [-2, -2]]) {
        const r2 = r + dr;
        const c2 = c + dc;
        if (r2 >= 0 && r2 < rows && c2 >= 0 && c2 <= r2) moves.push([index(r, c), index(r + dr / 2, c + dc / 2), index(r2, c2)]);
      }
    }
  }
  const failed = new Set<number>();
  const path: number[][] = [];
  const goal = 1 << finish;
  const search = (state: number): boolean => {
    if (state === goal) return true;
    if (failed.has(state)) return false;
    for (const [from, over, to] of moves) {
      const bits = (1 << from) | (1 << over);
      if ((state & bits) === bits && (state & (1 << to)) === 0) {
        path.push([from, to]);
        if (search(state - bits + (1 << to))) return true;
        path.pop();
      }
    }
    failed.add(state);
    return false;
  };
  search((1 << holes) - 1 - (1 << empty));
  return path;
}
