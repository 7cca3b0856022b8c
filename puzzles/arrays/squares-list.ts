/** Find a list of n integers whose i-th element is i squared. */
export function sat(li: number[], n = 18): boolean {
  return li.length === n && li.every((x, i) => x === i * i);
}

export function sol(n = 18): number[] {
  return Array.from({ length: n }, (_, i) => i * i);
}
