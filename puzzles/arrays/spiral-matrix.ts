/**
 * Find a matrix with `rows` rows and `cols` columns which, read clockwise in a spiral starting at the
 * top-left corner, gives 1, 2, ..., rows * cols.
 */
export function sat(m: number[][], rows = 5, cols = 7): boolean {
  if (!Array.isArray(m) || m.length !== rows || !m.every((r) => Array.isArray(r) && r.length === cols))
    return false;
  let top = 0;
  let bottom = rows - 1;
  let left = 0;
  let right = cols - 1;
  const read: number[] = [];
  const at = (i: number, j: number): number => (m[i] as number[])[j] as number;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) read.push(at(top, j));
    for (let i = top + 1; i <= bottom; i++) read.push(at(i, right));
    if (top < bottom) for (let j = right - 1; j >= left; j--) read.push(at(bottom, j));
    if (left < right) for (let i = bottom - 1; i > top; i--) read.push(at(i, left));
    top++;
    bottom--;
    left++;
    right--;
  }
  return read.length === rows * cols && read.every((v, i) => v === i + 1);
}

export function sol(rows = 5, cols = 7): number[][] {
  const m = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const dirs = [
    [0, 1],
    [1, 0],
    [0, -1],
    [-1, 0],
  ];
  let i = 0;
  let j = 0;
  let d = 0;
  for (let v = 1; v <= rows * cols; v++) {
    (m[i] as number[])[j] = v;
    const [di, dj] = dirs[d] as number[];
    const ni = i + (di as number);
    const nj = j + (dj as number);
    if (ni < 0 || ni >= rows || nj < 0 || nj >= cols || (m[ni] as number[])[nj] !== 0) d = (d + 1) % 4;
    const [ei, ej] = dirs[d] as number[];
    i += ei as number;
    j += ej as number;
  }
  return m;
}
