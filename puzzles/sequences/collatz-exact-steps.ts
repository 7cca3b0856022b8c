/**
 * Find an integer n >= lo whose Collatz trajectory (halve even numbers, map odd m to 3m + 1) reaches
 * 1 after exactly `steps` steps.
 */
export function sat(n: number, lo = 10000, steps = 200): boolean {
  if (!Number.isSafeInteger(n) || n < lo || n < 1) return false;
  let m = n;
  let k = 0;
  while (m !== 1 && k <= steps) {
    m = m % 2 === 0 ? m / 2 : 3 * m + 1;
    k++;
  }
  return m === 1 && k === steps;
}

export function sol(lo = 10000, steps = 200): number {
  const length = (start: number): number => {
    let m = start;
    let k = 0;
    while (m !== 1 && k <= steps) {
      m = m % 2 === 0 ? m / 2 : 3 * m + 1;
      k++;
    }
    return m === 1 ? k : -1;
  };
  for (let n = Math.max(lo, 1); ; n++) if (length(n) === steps) return n;
}
