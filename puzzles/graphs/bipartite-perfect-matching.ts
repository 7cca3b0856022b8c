/**
 * There are n workers and n jobs, and allowed[k] = [w, j] says worker w can do job j. Assign every
 * worker a different job it can do: the answer's i-th entry is the job given to worker i.
 */
export function sat(
  jobs: number[],
  n = 10,
  allowed = [[0, 4], [0, 5], [1, 1], [2, 0], [3, 5], [3, 7], [3, 9], [4, 2], [4, 5], [5, 4], [5, 6], [6, 7], [6, 8], [7, 2], [8, 1], [8, 2], [8, 3], [8, 6], [8, 8], [9, 3], [9, 4], [9, 7]],
): boolean {
  if (jobs.length !== n || new Set(jobs).size !== n) return false;
  return jobs.every((j, w) => allowed.some(([a, b]) => a === w && b === j));
}

export function sol(
  n = 10,
  allowed = [[0, 4], [0, 5], [1, 1], [2, 0], [3, 5], [3, 7], [3, 9], [4, 2], [4, 5], [5, 4], [5, 6], [6, 7], [6, 8], [7, 2], [8, 1], [8, 2], [8, 3], [8, 6], [8, 8], [9, 3], [9, 4], [9, 7]],
): number[] {
  const owner = new Array<number>(n).fill(-1);
  const augment = (w: number, seen: boolean[]): boolean => {
    for (const [a, j] of allowed) {
      if (a !== w || seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || augment(owner[j], seen)) {
        owner[j] = w;
        return true;
      }
    }
    return false;
  };
  for (let w = 0; w < n; w++) augment(w, new Array<boolean>(n).fill(false));
  const jobs = new Array<number>(n).fill(-1);
  owner.forEach((w, j) => {
    jobs[w] = j;
  });
  return jobs;
}
