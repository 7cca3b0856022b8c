/**
 * n points come from a seeded generator: x starts at seed, and each draw sets
 * x = x * 48271 mod 2147483647 and yields x mod 100000; point i is [draw 2i, draw 2i + 1]. Find two
 * different indices [i, j] whose points are at squared distance at most maxDist2 (the smallest
 * squared distance between any two of the points).
 */
export function sat(pair: [number, number], n = 3000, seed = 97531, maxDist2 = 629): boolean {
  const [i, j] = pair;
  if (!Number.isInteger(i) || !Number.isInteger(j) || i === j || i < 0 || j < 0 || i >= n || j >= n) return false;
  const pts: number[][] = [];
  let x = seed;
  for (let k = 0; k < n; k++) {
    x = (x * 48271) % 2147483647;
    const px = x % 100000;
    x = (x * 48271) % 2147483647;
    pts.push([px, x % 100000]);
  }
  return (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2 <= maxDist2;
}

export function sol(n = 3000, seed = 97531, maxDist2 = 629): [number, number] {
  const pts: number[][] = [];
  let x = seed;
  for (let k = 0; k < n; k++) {
    x = (x * 48271) % 2147483647;
    const px = x % 100000;
    x = (x * 48271) % 2147483647;
    pts.push([px, x % 100000]);
  }
  // Sweep by x, comparing each point only with those closer in x than the best distance so far.
  const order = pts.map((_, k) => k).sort((a, b) => pts[a][0] - pts[b][0]);
  let best = Number.MAX_SAFE_INTEGER;
  let answer: [number, number] = [0, 1];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const p = pts[order[a]];
      const q = pts[order[b]];
      if ((q[0] - p[0]) ** 2 > best) break;
      const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
      if (d < best) {
        best = d;
        answer = [order[a], order[b]];
      }
    }
  }
  return answer;
}
