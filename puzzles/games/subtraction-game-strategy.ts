/**
 * A heap holds some stones; players alternately remove a number of stones that is one of moves, and a
 * player who cannot move loses. Give a complete strategy table for heaps of 0..n stones: entry i is 0
 * if the player to move from i stones loses against best play, and otherwise a number of stones
 * (from moves) whose removal wins.
 */
export function sat(table: number[], n = 60, moves = [2, 5, 7]): boolean {
  if (table.length !== n + 1) return false;
  for (let i = 0; i <= n; i++) {
    const t = table[i];
    if (t === 0) {
      // Claimed lost: every move must hand the opponent a winning position.
      if (moves.some((m) => m <= i && table[i - m] === 0)) return false;
    } else {
      // Claimed won: the given move must be legal and hand the opponent a lost position.
      if (!moves.includes(t) || t > i || table[i - t] !== 0) return false;
    }
  }
  return true;
}

export function sol(n = 60, moves = [2, 5, 7]): number[] {
  const table: number[] = [];
  for (let i = 0; i <= n; i++) {
    table.push(moves.find((m) => m <= i && table[i - m] === 0) ?? 0);
  }
  return table;
}
