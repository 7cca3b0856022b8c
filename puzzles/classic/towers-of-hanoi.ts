/**
 * Towers of Hanoi: n discs of different sizes sit on peg `from` (of pegs 0, 1, 2), largest at the
 * bottom. A move [a, b] takes the top disc of peg a onto peg b, never onto a smaller disc. Move the
 * whole tower to peg `to` in the fewest possible moves, 2^n - 1.
 */
export function sat(moves: number[][], n = 9, from = 0, to = 2): boolean {
  if (moves.length !== 2 ** n - 1) return false;
  const pegs: number[][] = [[], [], []];
  for (let d = n; d >= 1; d--) pegs[from].push(d);
  for (const move of moves) {
    if (move.length !== 2) return false;
    const [a, b] = move;
    if (![0, 1, 2].includes(a) || ![0, 1, 2].includes(b) || a === b) return false;
    const disc = pegs[a].pop();
    if (disc === undefined) return false;
    const top = pegs[b][pegs[b].length - 1];
    if (top !== undefined && top < disc) return false;
    pegs[b].push(disc);
  }
  return pegs[to].length === n;
}

export function sol(n = 9, from = 0, to = 2): number[][] {
  const moves: number[][] = [];
  const shift = (k: number, a: number, b: number) => {
    if (k === 0) return;
    const spare = 3 - a - b;
    shift(k - 1, a, spare);
    moves.push([a, b]);
    shift(k - 1, spare, b);
  };
  shift(n, from, to);
  return moves;
}
