/**
 * In Nim, players alternately take any positive number of stones from a single heap, and whoever
 * takes the last stone wins. Find a winning move from the given heaps, as [heap index, number of
 * stones to take], after which the opponent loses against perfect play.
 */
export function sat(move: [number, number], heaps = [23, 41, 57, 9, 33, 14, 60]): boolean {
  const [i, take] = move;
  if (!Number.isInteger(i) || !Number.isInteger(take) || i < 0 || i >= heaps.length) return false;
  if (take < 1 || take > heaps[i]) return false;
  const after = heaps.slice();
  after[i] -= take;
  // A position is lost for the player to move exactly when the heap sizes XOR to zero.
  return after.reduce((x, h) => x ^ h, 0) === 0;
}

export function sol(heaps = [23, 41, 57, 9, 33, 14, 60]): [number, number] {
  const x = heaps.reduce((acc, h) => acc ^ h, 0);
  const i = heaps.findIndex((h) => (h ^ x) < h);
  return [i, heaps[i] - (heaps[i] ^ x)];
}
