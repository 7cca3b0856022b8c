/**
 * Visit every city exactly once and return to the start, travelling as short a total distance as
 * possible. Distances are Manhattan: |x1 - x2| + |y1 - y2|. Return the order of the city indices (a
 * permutation of 0..n-1); the tour closes from the last city back to the first.
 */
export function sat(
  tour: number[],
  cities = [
    [0, 0],
    [12, 37],
    [45, 8],
    [23, 61],
    [70, 25],
    [58, 72],
    [9, 84],
    [91, 50],
    [36, 33],
    [80, 90],
    [64, 3]
  ]
): boolean {
  const n = cities.length;
  if (tour.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const c of tour) {
    if (!Number.isInteger(c) || c < 0 || c >= n || seen[c]) return false;
    seen[c] = true;
  }
  const d = cities.map((a) => cities.map((b) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])));
  let length = 0;
  for (let i = 0; i < n; i++) length += d[tour[i]][tour[(i + 1) % n]];
  // Held-Karp: best[mask][j] = shortest path from city 0 through the cities of mask (over 1..n-1),
  // ending at city j in mask.
  const full = 1 << (n - 1);
  const best = new Float64Array(full * n).fill(Number.MAX_SAFE_INTEGER);
  for (let j = 1; j < n; j++) best[(1 << (j - 1)) * n + j] = d[0][j];
  for (let mask = 1; mask < full; mask++) {
    for (let j = 1; j < n; j++) {
      const cur = best[mask * n + j];
      if (!(mask & (1 << (j - 1))) || cur === Number.MAX_SAFE_INTEGER) continue;
      for (let k = 1; k < n; k++) {
        if (mask & (1 << (k - 1))) continue;
        const idx = (mask | (1 << (k - 1))) * n + k;
        const cand = cur + d[j][k];
        if (cand < best[idx]) best[idx] = cand;
      }
    }
  }
  let optimum = Number.MAX_SAFE_INTEGER;
  for (let j = 1; j < n; j++) optimum = Math.min(optimum, best[(full - 1) * n + j] + d[j][0]);
  return length === optimum;
}

export function sol(
  cities = [
    [0, 0],
    [12, 37],
    [45, 8],
    [23, 61],
    [70, 25],
    [58, 72],
    [9, 84],
    [91, 50],
    [36, 33],
    [80, 90],
    [64, 3]
  ]
): number[] {
  const n = cities.length;
  const d = cities.map((a) => cities.map((b) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])));
  const full = 1 << (n - 1);
  const best = new Float64Array(full * n).fill(Number.MAX_SAFE_INTEGER);
  const from = new Int8Array(full * n).fill(-1);
  for (let j = 1; j < n; j++) best[(1 << (j - 1)) * n + j] = d[0][j];
  for (let mask = 1; mask < full; mask++) {
    for (let j = 1; j < n; j++) {
      const cur = best[mask * n + j];
      if (!(mask & (1 << (j - 1))) || cur === Number.MAX_SAFE_INTEGER) continue;
      for (let k = 1; k < n; k++) {
        if (mask & (1 << (k - 1))) continue;
        const idx = (mask | (1 << (k - 1))) * n + k;
        if (cur + d[j][k] < best[idx]) {
          best[idx] = cur + d[j][k];
          from[idx] = j;
        }
      }
    }
  }
  let last = 1;
  for (let j = 2; j < n; j++) {
    if (best[(full - 1) * n + j] + d[j][0] < best[(full - 1) * n + last] + d[last][0]) last = j;
  }
  const path: number[] = [];
  let mask = full - 1;
  for (let j = last; j > 0; ) {
    path.push(j);
    const prev = from[mask * n + j];
    mask ^= 1 << (j - 1);
    j = prev;
  }
  return [0, ...path.reverse()];
}
