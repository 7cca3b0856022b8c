/** Find a list of k distinct positive integers whose squares add up to n. */
export function sat(li: number[], k = 5, n = 2024): boolean {
  if (li.length !== k || new Set(li).size !== k) return false;
  return li.every((x) => Number.isInteger(x) && x > 0) && li.reduce((acc, x) => acc + x * x, 0) === n;
}

export function sol(k = 5, n = 2024): number[] {
  // Depth-first search over decreasing values.
  const pick: number[] = [];
  const search = (rest: number, max: number, left: number): boolean => {
    if (left === 0) return rest === 0;
    for (let x = Math.min(max, Math.floor(Math.sqrt(rest))); x >= 1; x--) {
      pick.push(x);
      if (search(rest - x * x, x - 1, left - 1)) return true;
      pick.pop();
    }
    return false;
  };
  return search(n, n, k) ? pick : [];
}
