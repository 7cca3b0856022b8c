/** Rearrange the given list of numbers into non-increasing (descending) order. */
export function sat(answer: number[], li = [17, -4, 93, 8, 8, 51, 0, -23, 66, 12, 39, 5]): boolean {
  if (answer.length !== li.length) return false;
  for (let i = 1; i < answer.length; i++) {
    if (!(answer[i - 1] >= answer[i])) return false;
  }
  const left = new Map<number, number>();
  for (const x of li) left.set(x, (left.get(x) ?? 0) + 1);
  for (const x of answer) {
    const c = left.get(x);
    if (!c) return false;
    left.set(x, c - 1);
  }
  return true;
}

export function sol(li = [17, -4, 93, 8, 8, 51, 0, -23, 66, 12, 39, 5]): number[] {
  return [...li].sort((a, b) => b - a);
}
