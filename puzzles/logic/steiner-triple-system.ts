/**
 * Find a Steiner triple system on v points: a list of triples of distinct points from 0 to v - 1
 * such that every pair of distinct points lies in exactly one triple.
 */
export function sat(triples: number[][], v = 13): boolean {
  if (triples.length !== (v * (v - 1)) / 6) return false;
  const seen = new Set<number>();
  for (const t of triples) {
    if (t.length !== 3) return false;
    for (const x of t) if (!Number.isInteger(x) || x < 0 || x >= v) return false;
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const a = Math.min(t[i] as number, t[j] as number);
        const b = Math.max(t[i] as number, t[j] as number);
        if (a === b || seen.has(a * v + b)) return false;
        seen.add(a * v + b);
      }
    }
  }
  return seen.size === (v * (v - 1)) / 2;
}

export function sol(v = 13): number[][] {
  // Backtracking: take the first uncovered pair (a, b) and try every c that completes a fresh triple.
  const covered: boolean[][] = Array.from({ length: v }, () => new Array(v).fill(false));
  const triples: number[][] = [];
  const target = (v * (v - 1)) / 6;
  const setPair = (a: number, b: number, on: boolean): void => {
    (covered[a] as boolean[])[b] = on;
    (covered[b] as boolean[])[a] = on;
  };
  const search = (): boolean => {
    if (triples.length === target) return true;
    let a = -1;
    let b = -1;
    for (let i = 0; i < v && a < 0; i++) {
      for (let j = i + 1; j < v; j++) {
        if (!(covered[i] as boolean[])[j]) {
          a = i;
          b = j;
          break;
        }
      }
    }
    for (let c = b + 1; c < v; c++) {
      if ((covered[a] as boolean[])[c] || (covered[b] as boolean[])[c]) continue;
      setPair(a, b, true);
      setPair(a, c, true);
      setPair(b, c, true);
      triples.push([a, b, c]);
      if (search()) return true;
      triples.pop();
      setPair(a, b, false);
      setPair(a, c, false);
      setPair(b, c, false);
    }
    return false;
  };
  search();
  return triples;
}
