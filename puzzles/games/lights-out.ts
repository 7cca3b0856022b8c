/**
 * Lights Out: on a square grid of lights ("1" on, "0" off), pressing a light toggles it and its (up to
 * four) orthogonal neighbours. Find a list of presses, as cell numbers row * size + col, that switches
 * every light off.
 */
export function sat(presses: number[], lights = ["01111", "00011", "10101", "00010", "00001"]): boolean {
  const size = lights.length;
  const on = lights.map((row) => [...row].map((ch) => ch === "1"));
  for (const p of presses) {
    if (!Number.isInteger(p) || p < 0 || p >= size * size) return false;
    const r = Math.floor(p / size);
    const c = p % size;
    for (const [dr, dc] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const a = r + dr;
      const b = c + dc;
      if (a >= 0 && a < size && b >= 0 && b < size) on[a][b] = !on[a][b];
    }
  }
  return on.every((row) => row.every((x) => !x));
}

export function sol(lights = ["01111", "00011", "10101", "00010", "00001"]): number[] {
  // Choose the presses of the first row; each later row is then forced (press below every light that
  // is still on). Keep the choice that leaves the last row dark.
  const size = lights.length;
  for (let mask = 0; mask < 2 ** size; mask++) {
    const on = lights.map((row) => [...row].map((ch) => ch === "1"));
    const presses: number[] = [];
    const press = (r: number, c: number) => {
      presses.push(r * size + c);
      for (const [dr, dc] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const a = r + dr;
        const b = c + dc;
        if (a >= 0 && a < size && b >= 0 && b < size) on[a][b] = !on[a][b];
      }
    };
    for (let c = 0; c < size; c++) if ((mask >> c) & 1) press(0, c);
    for (let r = 1; r < size; r++) {
      for (let c = 0; c < size; c++) if (on[r - 1][c]) press(r, c);
    }
    if (on[size - 1].every((x) => !x)) return presses;
  }
  return [];
}
