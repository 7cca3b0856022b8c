/**
 * The grid is a maze: "#" is a wall, "." is open floor. Starting on the top-left cell, give a string
 * of moves "U", "D", "L", "R" (up, down, left, right) that stays on open cells inside the grid and
 * ends on the bottom-right cell.
 */
export function sat(
  moves: string,
  grid = ["...#...#.....#.......", "##.#.#.#.###.#.#.####", "...#.#...#...#.#.....", ".###.#####.#########.", ".#...#.#...#.....#...", ".#.###.#.###.###.#.#.", "...#...#.#...#.#.#.#.", "######.#.#.#.#.#.#.##", ".......#.#.#.#.#.#...", ".###.###.###.#.#.###.", "...#.........#......."],
): boolean {
  if (typeof moves !== "string") return false;
  const steps: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
  let r = 0;
  let c = 0;
  for (const m of moves) {
    if (!Object.hasOwn(steps, m)) return false;
    r += steps[m][0];
    c += steps[m][1];
    if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length || grid[r][c] !== ".") return false;
  }
  return r === grid.length - 1 && c === grid[r].length - 1;
}

export function sol(
  grid = ["...#...#.....#.......", "##.#.#.#.###.#.#.####", "...#.#...#...#.#.....", ".###.#####.#########.", ".#...#.#...#.....#...", ".#.###.#.###.###.#.#.", "...#...#.#...#.#.#.#.", "######.#.#.#.#.#.#.##", ".......#.#.#.#.#.#...", ".###.###.###.#.#.###.", "...#.........#......."],
): string {
  const h = grid.length;
  const w = grid[0].length;
  const how = new Map<number, string>([[0, ""]]);
  const queue = [0];
  const dirs: [string, number, number][] = [["U", -1, 0], ["D", 1, 0], ["L", 0, -1], ["R", 0, 1]];
  while (queue.length > 0) {
    const cell = queue.shift()!;
    const r = Math.floor(cell / w);
    const c = cell % w;
    for (const [m, dr, dc] of dirs) {
      const nr = r + dr;
      const nc = c + dc;
      const next = nr * w + nc;
      if (nr < 0 || nr >= h || nc < 0 || nc >= w || grid[nr][nc] !== "." || how.has(next)) continue;
      how.set(next, how.get(cell)! + m);
      queue.push(next);
    }
  }
  return how.get(h * w - 1)!;
}
