/**
 * Find three numbers strictly between 0 and 1, each with at most two decimal places, whose
 * floating-point sum depends on the grouping: (a + b) + c differs from a + (b + c).
 */
export function sat(li: number[]): boolean {
  if (!Array.isArray(li) || li.length !== 3) return false;
  if (!li.every((x) => typeof x === "number" && x > 0 && x < 1 && Number(x.toFixed(2)) === x)) return false;
  const [a, b, c] = li as [number, number, number];
  return a + b + c !== a + (b + c);
}

export function sol(): number[] {
  for (let i = 1; i < 100; i++)
    for (let j = 1; j < 100; j++)
      for (let k = 1; k < 100; k++) {
        const [a, b, c] = [i / 100, j / 100, k / 100];
        if (a + b + c !== a + (b + c)) return [a, b, c];
      }
  return [];
}
