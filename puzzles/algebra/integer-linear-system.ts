/** Find the integer vector x that solves the square linear system A x = b. */
export function sat(
  x: number[],
  A = [[2, 1, -1, 3], [1, -3, 2, 1], [4, 0, 1, -2], [-1, 2, 3, 1]],
  b = [3, 51, 13, 21],
): boolean {
  return (
    Array.isArray(x) &&
    x.length === A.length &&
    x.every((v) => Number.isInteger(v)) &&
    A.every((row, i) => row.reduce((s, a, j) => s + a * (x[j] as number), 0) === b[i])
  );
}

export function sol(
  A = [[2, 1, -1, 3], [1, -3, 2, 1], [4, 0, 1, -2], [-1, 2, 3, 1]],
  b = [3, 51, 13, 21],
): number[] {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs((M[r] as number[])[col] as number) > Math.abs((M[piv] as number[])[col] as number)) piv = r;
    [M[col], M[piv]] = [M[piv] as number[], M[col] as number[]];
    const pr = M[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = M[r] as number[];
      const f = (row[col] as number) / (pr[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (pr[c] as number);
    }
  }
  return M.map((row, i) => Math.round((row[n] as number) / (row[i] as number)));
}
