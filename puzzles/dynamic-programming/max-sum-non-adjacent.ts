/**
 * Choose positions of the list, no two of them adjacent, so that the chosen values have the largest
 * possible sum. Return the chosen positions in increasing order.
 */
export function sat(picks: number[], li = [6, 7, 1, 30, 8, 2, 4, 15, 11, 9, 3, 14, 5, 10]): boolean {
  for (let t = 0; t < picks.length; t++) {
    const i = picks[t];
    if (!Number.isInteger(i) || i < 0 || i >= li.length) return false;
    if (t > 0 && i < picks[t - 1] + 2) return false;
  }
  let take = 0;
  let skip = 0;
  for (const x of li) [take, skip] = [skip + x, Math.max(take, skip)];
  return picks.reduce((s, i) => s + li[i], 0) === Math.max(take, skip);
}

export function sol(li = [6, 7, 1, 30, 8, 2, 4, 15, 11, 9, 3, 14, 5, 10]): number[] {
  const n = li.length;
  // best[i] = largest sum using positions i..n-1.
  const best = new Array<number>(n + 2).fill(0);
  for (let i = n - 1; i >= 0; i--) best[i] = Math.max(best[i + 1], li[i] + best[i + 2]);
  const out: number[] = [];
  for (let i = 0; i < n; ) {
    if (li[i] + best[i + 2] >= best[i + 1]) {
      out.push(i);
      i += 2;
    } else i++;
  }
  return out;
}
