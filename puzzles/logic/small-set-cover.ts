/**
 * Find at most k indices of sets in `sets` whose union contains every integer from 0 to universe - 1.
 */
export function sat(
  chosen: number[],
  sets = [
    [3, 5, 9, 12, 18], [10, 11, 16, 18, 19], [2, 11, 15, 19], [2, 5, 6, 7, 8, 13, 17], [2, 6, 7, 19],
    [7, 8, 11, 14, 15], [0, 1, 9, 11, 16, 18], [3, 5, 10, 13, 14, 15], [3, 4, 7, 11, 14],
    [1, 10, 14, 15, 16], [0, 4, 7, 9, 10, 17], [3, 5, 6, 8, 13, 14, 17], [1, 4, 12, 18, 19],
    [1, 2, 6, 12, 14, 17],
  ],
  universe = 20,
  k = 4,
): boolean {
  if (chosen.length > k) return false;
  const covered = new Set<number>();
  for (const i of chosen) {
    const s = sets[i];
    if (!Number.isInteger(i) || s === undefined) return false;
    for (const x of s) covered.add(x);
  }
  for (let x = 0; x < universe; x++) if (!covered.has(x)) return false;
  return true;
}

export function sol(
  sets = [
    [3, 5, 9, 12, 18], [10, 11, 16, 18, 19], [2, 11, 15, 19], [2, 5, 6, 7, 8, 13, 17], [2, 6, 7, 19],
    [7, 8, 11, 14, 15], [0, 1, 9, 11, 16, 18], [3, 5, 10, 13, 14, 15], [3, 4, 7, 11, 14],
    [1, 10, 14, 15, 16], [0, 4, 7, 9, 10, 17], [3, 5, 6, 8, 13, 14, 17], [1, 4, 12, 18, 19],
    [1, 2, 6, 12, 14, 17],
  ],
  universe = 20,
  k = 4,
): number[] {
  const masks = sets.map((s) => s.reduce((acc, x) => acc | (1 << x), 0));
  const full = 2 ** universe - 1;
  const pick: number[] = [];
  const search = (start: number, mask: number): boolean => {
    if (mask === full) return true;
    if (pick.length === k) return false;
    for (let i = start; i < masks.length; i++) {
      pick.push(i);
      if (search(i + 1, mask | (masks[i] as number))) return true;
      pick.pop();
    }
    return false;
  };
  return search(0, 0) ? pick : [];
}
