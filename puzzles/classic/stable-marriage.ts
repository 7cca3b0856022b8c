/**
 * Stable marriage: menPrefs[m] ranks the women from most to least preferred by man m, and
 * womenPrefs[w] ranks the men for woman w. Pair everyone (answer: wife[m] for each man m) so that no
 * man and woman who are not paired both prefer each other to their own partners.
 */
export function sat(
  wife: number[],
  menPrefs = [[7, 2, 5, 3, 4, 0, 1, 6], [4, 2, 3, 0, 7, 6, 5, 1], [6, 3, 2, 7, 0, 1, 4, 5], [7, 0, 6, 5, 2, 1, 4, 3], [6, 1, 0, 4, 5, 3, 7, 2], [2, 4, 0, 3, 5, 1, 6, 7], [6, 2, 4, 1, 0, 5, 7, 3], [5, 0, 3, 6, 2, 1, 4, 7]],
  womenPrefs = [[6, 5, 1, 2, 4, 7, 3, 0], [1, 4, 7, 6, 5, 0, 2, 3], [3, 2, 0, 5, 7, 6, 1, 4], [3, 7, 1, 6, 2, 5, 4, 0], [7, 6, 3, 5, 0, 4, 2, 1], [4, 7, 5, 3, 2, 6, 0, 1], [6, 4, 7, 1, 2, 3, 5, 0], [3, 4, 1, 7, 6, 2, 5, 0]],
): boolean {
  const n = menPrefs.length;
  if (wife.length !== n || new Set(wife).size !== n) return false;
  if (!wife.every((w) => Number.isInteger(w) && w >= 0 && w < n)) return false;
  const husband = new Array<number>(n);
  wife.forEach((w, m) => {
    husband[w] = m;
  });
  for (let m = 0; m < n; m++) {
    for (let w = 0; w < n; w++) {
      if (w === wife[m]) continue;
      const manPrefers = menPrefs[m].indexOf(w) < menPrefs[m].indexOf(wife[m]);
      const womanPrefers = womenPrefs[w].indexOf(m) < womenPrefs[w].indexOf(husband[w]);
      if (manPrefers && womanPrefers) return false;
    }
  }
  return true;
}

export function sol(
  menPrefs = [[7, 2, 5, 3, 4, 0, 1, 6], [4, 2, 3, 0, 7, 6, 5, 1], [6, 3, 2, 7, 0, 1, 4, 5], [7, 0, 6, 5, 2, 1, 4, 3], [6, 1, 0, 4, 5, 3, 7, 2], [2, 4, 0, 3, 5, 1, 6, 7], [6, 2, 4, 1, 0, 5, 7, 3], [5, 0, 3, 6, 2, 1, 4, 7]],
  womenPrefs = [[6, 5, 1, 2, 4, 7, 3, 0], [1, 4, 7, 6, 5, 0, 2, 3], [3, 2, 0, 5, 7, 6, 1, 4], [3, 7, 1, 6, 2, 5, 4, 0], [7, 6, 3, 5, 0, 4, 2, 1], [4, 7, 5, 3, 2, 6, 0, 1], [6, 4, 7, 1, 2, 3, 5, 0], [3, 4, 1, 7, 6, 2, 5, 0]],
): number[] {
  // Gale-Shapley: free men propose in order of preference; a woman keeps the best offer so far.
  const n = menPrefs.length;
  const wife = new Array<number>(n).fill(-1);
  const husband = new Array<number>(n).fill(-1);
  const nextChoice = new Array<number>(n).fill(0);
  const free = Array.from({ length: n }, (_, m) => m);
  while (free.length > 0) {
    const m = free.pop()!;
    const w = menPrefs[m][nextChoice[m]++];
    const current = husband[w];
    if (current === -1) {
      husband[w] = m;
      wife[m] = w;
    } else if (womenPrefs[w].indexOf(m) < womenPrefs[w].indexOf(current)) {
      husband[w] = m;
      wife[m] = w;
      wife[current] = -1;
      free.push(current);
    } else {
      free.push(m);
    }
  }
  return wife;
}
