/**
 * Find indices of sets in `sets` that together cover every integer from 0 to universe - 1 exactly
 * once: the chosen sets are pairwise disjoint and their union is the whole universe.
 */
export function sat(
  chosen: number[],
  sets = [
    [1, 9, 27], [2, 10, 16, 23, 28], [10, 11, 25, 26], [0, 1, 8, 14, 16, 26], [21, 23, 25], [9, 11, 25],
    [4, 8, 15, 27], [0, 7, 18, 19, 21], [3, 15, 24], [18, 25, 27], [5, 6, 14, 26], [4, 12, 13, 17, 20, 22],
    [8, 15, 24, 25], [16, 18, 24, 28], [4, 8, 10, 14, 22], [3, 11, 29], [11, 13, 29], [1, 2, 19],
    [1, 4, 6, 8], [3, 12, 13, 15, 26, 27], [0, 3, 9], [0, 3, 22], [12, 14, 16, 17, 19, 29],
    [7, 9, 12, 17, 22], [7, 13, 20, 25], [4, 5, 18, 20],
  ],
  universe = 30,
): boolean {
  const count: number[] = new Array(universe).fill(0);
  if (new Set(chosen).size !== chosen.length) return false;
  for (const i of chosen) {
    const s = sets[i];
    if (!Number.isInteger(i) || s === undefined) return false;
    for (const x of s) count[x] = (count[x] ?? 0) + 1;
  }
  return count.length === universe && count.every((c) => c === 1);
}

export function sol(
  sets = [
    [1, 9, 27], [2, 10, 16, 23, 28], [10, 11, 25, 26], [0, 1, 8, 14, 16, 26], [21, 23, 25], [9, 11, 25],
    [4, 8, 15, 27], [0, 7, 18, 19, 21], [3, 15, 24], [18, 25, 27], [5, 6, 14, 26], [4, 12, 13, 17, 20, 22],
    [8, 15, 24, 25], [16, 18, 24, 28], [4, 8, 10, 14, 22], [3, 11, 29], [11, 13, 29], [1, 2, 19],
    [1, 4, 6, 8], [3, 12, 13, 15, 26, 27], [0, 3, 9], [0, 3, 22], [12, 14, 16, 17, 19, 29],
    [7, 9, 12, 17, 22], [7, 13, 20, 25], [4, 5, 18, 20],
  ],
  universe = 30,
): number[] {
  // Algorithm X style search: always branch on the uncovered element with the fewest candidate sets.
  const used: boolean[] = new Array(universe).fill(false);
  const chosen: number[] = [];
  const fits = (s: number[]): boolean => s.every((x) => !used[x]);
  const search = (): boolean => {
    let best = -1;
    let bestOptions: number[] = [];
    for (let x = 0; x < universe; x++) {
      if (used[x]) continue;
      const options: number[] = [];
      sets.forEach((s, i) => {
        if (s.includes(x) && fits(s)) options.push(i);
      });
      if (best === -1 || options.length < bestOptions.length) {
        best = x;
        bestOptions = options;
      }
      if (options.length === 0) return false;
    }
    if (best === -1) return true;
    for (const i of bestOptions) {
      const s = sets[i] as number[];
      for (const x of s) used[x] = true;
      chosen.push(i);
      if (search()) return true;
      chosen.pop();
      for (const x of s) used[x] = false;
    }
    return false;
  };
  search();
  return chosen;
}
