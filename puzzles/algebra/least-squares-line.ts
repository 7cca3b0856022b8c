/**
 * Find the line y = m*x + c, as [m, c], that minimises the sum of squared vertical distances to
 * the given points (accurate to about 1e-6).
 */
export function sat(mc: [number, number], points = [[-2, -7], [0, -2], [1, 3], [3, 6], [4, 12], [6, 15], [9, 24]]): boolean {
  if (!Array.isArray(mc) || mc.length !== 2 || !mc.every((v) => typeof v === "number" && Number.isFinite(v))) return false;
  const [m, c] = mc;
  // At the minimum both partial derivatives of the squared error vanish.
  let gradM = 0;
  let gradC = 0;
  for (const [x, y] of points as [number, number][]) {
    const r = m * x + c - y;
    gradM += r * x;
    gradC += r;
  }
  return Math.abs(gradM) < 1e-6 && Math.abs(gradC) < 1e-6;
}

export function sol(points = [[-2, -7], [0, -2], [1, 3], [3, 6], [4, 12], [6, 15], [9, 24]]): [number, number] {
  const n = points.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points as [number, number][]) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const m = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return [m, (sy - m * sx) / n];
}
