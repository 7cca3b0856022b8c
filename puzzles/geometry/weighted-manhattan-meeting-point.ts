/**
 * weights[i] people live at the lattice point homes[i] and move along the streets of a grid, so a
 * trip costs the Manhattan distance |dx| + |dy|. Find a lattice point [x, y] for a meeting that
 * minimises the total travel of all the people.
 */
export function sat(
  p: [number, number],
  homes = [[12, 140], [57, 33], [88, 171], [140, 64], [23, 95], [176, 150], [101, 12], [64, 118], [131, 187], [45, 59]],
  weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
): boolean {
  const [x, y] = p;
  if (!Number.isInteger(x) || !Number.isInteger(y)) return false;
  const cost = (a: number, b: number) =>
    homes.reduce((sum, [hx, hy], i) => sum + weights[i] * (Math.abs(a - hx) + Math.abs(b - hy)), 0);
  // The cost is a sum of a convex function of x and one of y, so a point that no unit step
  // improves is a global minimum.
  const here = cost(x, y);
  return cost(x + 1, y) >= here && cost(x - 1, y) >= here && cost(x, y + 1) >= here && cost(x, y - 1) >= here;
}

export function sol(
  homes = [[12, 140], [57, 33], [88, 171], [140, 64], [23, 95], [176, 150], [101, 12], [64, 118], [131, 187], [45, 59]],
  weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
): [number, number] {
  const median = (values: number[]) => {
    const order = values.map((v, i) => [v, weights[i]]).sort((a, b) => a[0] - b[0]);
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    for (const [v, w] of order) {
      acc += w;
      if (2 * acc >= total) return v;
    }
    return 0;
  };
  return [median(homes.map((h) => h[0])), median(homes.map((h) => h[1]))];
}
