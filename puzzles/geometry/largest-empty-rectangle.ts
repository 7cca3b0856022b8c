/**
 * In the grid, "#" marks a blocked cell. Find an axis-aligned rectangle of free cells with at least
 * minArea cells (no free rectangle is larger), as [top, left, bottom, right] (row and column
 * indices, inclusive).
 */
export function sat(
  rect: number[],
  grid = ["....#.......##....", "...........#...#..", "..................", ".....#............", ".......#.......#.#", "#...#...#.#......#", "..................", "#.................", "#....#..#.........", "...##........#....", "............#.....", "......##..#......."],
  minArea = 34,
): boolean {
  if (rect.length !== 4 || !rect.every((v) => Number.isInteger(v))) return false;
  const [top, left, bottom, right] = rect;
  if (top < 0 || left < 0 || bottom >= grid.length || right >= grid[0].length) return false;
  if (top > bottom || left > right) return false;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) if (grid[r][c] !== ".") return false;
  }
  return (bottom - top + 1) * (right - left + 1) >= minArea;
}

export function sol(
  grid = ["....#.......##....", "...........#...#..", "..................", ".....#............", ".......#.......#.#", "#...#...#.#......#", "..................", "#.................", "#....#..#.........", "...##........#....", "............#.....", "......##..#......."],
  minArea = 34,
): number[] {
  // For each bottom row, the free column heights form a histogram; find its largest rectangle.
  const w = grid[0].length;
  const height = new Array<number>(w).fill(0);
  let best = -1;
  let answer: number[] = [];
  grid.forEach((row, r) => {
    for (let c = 0; c < w; c++) height[c] = row[c] === "." ? height[c] + 1 : 0;
    const stack: number[] = [];
    for (let c = 0; c <= w; c++) {
      const h = c < w ? height[c] : 0;
      while (stack.length > 0 && height[stack[stack.length - 1]] >= h) {
        const top = stack.pop()!;
        const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
        const area = height[top] * (c - left);
        if (area > best) {
          best = area;
          answer = [r - height[top] + 1, left, r, c - 1];
        }
      }
      stack.push(c);
    }
  });
  return answer;
}
