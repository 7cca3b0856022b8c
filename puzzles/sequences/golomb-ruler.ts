/**
 * Find a Golomb ruler with `marks` marks and length at most `length`: a strictly increasing list of
 * integers starting at 0, ending at most at `length`, in which all differences between two marks are
 * distinct.
 */
export function sat(ruler: number[], marks = 8, length = 34): boolean {
  if (ruler.length !== marks || ruler[0] !== 0) return false;
  if (!ruler.every((x, i) => Number.isInteger(x) && (i === 0 || x > (ruler[i - 1] as number)))) return false;
  if ((ruler[marks - 1] as number) > length) return false;
  const diffs = new Set<number>();
  for (let i = 0; i < marks; i++) {
    for (let j = i + 1; j < marks; j++) diffs.add((ruler[j] as number) - (ruler[i] as number));
  }
  return diffs.size === (marks * (marks - 1)) / 2;
}

export function sol(marks = 8, length = 34): number[] {
  // Depth-first search adding marks left to right, tracking the differences already used.
  const ruler = [0];
  const used: boolean[] = new Array(length + 1).fill(false);
  const search = (): boolean => {
    if (ruler.length === marks) return true;
    const last = ruler[ruler.length - 1] as number;
    const remaining = marks - ruler.length;
    // The remaining marks need at least 1 + 2 + ... + remaining more units of length.
    for (let x = last + 1; x + ((remaining - 1) * remaining) / 2 <= length; x++) {
      const added: number[] = [];
      let ok = true;
      for (const m of ruler) {
        const d = x - m;
        if (used[d] || added.includes(d)) {
          ok = false;
          break;
        }
        added.push(d);
      }
      if (!ok) continue;
      for (const d of added) used[d] = true;
      ruler.push(x);
      if (search()) return true;
      ruler.pop();
      for (const d of added) used[d] = false;
    }
    return false;
  };
  search();
  return ruler;
}
