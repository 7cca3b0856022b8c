/**
 * Find a lattice point [x, y] with 0 < x < y that lies exactly on the circle x^2 + y^2 = r2 centred
 * at the origin.
 */
export function sat(p: [number, number], r2 = 2020): boolean {
  const [x, y] = p;
  return Number.isInteger(x) && Number.isInteger(y) && 0 < x && x < y && x * x + y * y === r2;
}

export function sol(r2 = 2020): [number, number] {
  for (let x = 1; 2 * x * x < r2; x++) {
    const y = Math.round(Math.sqrt(r2 - x * x));
    if (x < y && x * x + y * y === r2) return [x, y];
  }
  return [0, 0];
}
