/**
 * Find a triangle with integer vertices [[x1, y1], [x2, y2], [x3, y3]], all coordinates between
 * -bound and bound, whose area is exactly doubleArea / 2, and in which no two vertices share an
 * x-coordinate or a y-coordinate (no side is horizontal or vertical).
 */
export function sat(tri: number[][], doubleArea = 141, bound = 6): boolean {
  if (tri.length !== 3 || !tri.every((p) => p.length === 2)) return false;
  const coords = tri.flat();
  if (!coords.every((c) => Number.isInteger(c) && Math.abs(c) <= bound)) return false;
  const [[ax, ay], [bx, by], [cx, cy]] = tri;
  if (new Set([ax, bx, cx]).size !== 3 || new Set([ay, by, cy]).size !== 3) return false;
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) === doubleArea;
}

export function sol(doubleArea = 141, bound = 6): number[][] {
  const r = Array.from({ length: 2 * bound + 1 }, (_, i) => i - bound);
  for (const ax of r) {
    for (const bx of r) {
      for (const by of r) {
        for (const cx of r) {
          for (const cy of r) {
            const ay = -bound;
            if (new Set([ax, bx, cx]).size !== 3 || new Set([ay, by, cy]).size !== 3) continue;
            if (Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) === doubleArea) {
              return [[ax, ay], [bx, by], [cx, cy]];
            }
          }
        }
      }
    }
  }
  return [];
}
