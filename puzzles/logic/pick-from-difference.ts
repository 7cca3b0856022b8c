/** Find a list of k distinct integers, each of which belongs to set a but not to set b. */
export function sat(
  li: number[],
  a = [3, 8, 15, 21, 22, 34, 40, 41, 57, 63],
  b = [8, 21, 34, 57, 99, 3, 12],
  k = 5,
): boolean {
  return li.length === k && new Set(li).size === k && li.every((x) => a.includes(x) && !b.includes(x));
}

export function sol(
  a = [3, 8, 15, 21, 22, 34, 40, 41, 57, 63],
  b = [8, 21, 34, 57, 99, 3, 12],
  k = 5,
): number[] {
  return a.filter((x) => !b.includes(x)).slice(0, k);
}
