/**
 * Split the numbers into two groups so that the difference between the two group sums is as small as
 * possible. Return the indices of the numbers in the first group.
 */
export function sat(
  group: number[],
  nums = [31, 10, 20, 19, 4, 3, 27, 45, 88, 16, 52, 71, 9, 60, 2]
): boolean {
  const inGroup = new Array<boolean>(nums.length).fill(false);
  for (const i of group) {
    if (!Number.isInteger(i) || i < 0 || i >= nums.length || inGroup[i]) return false;
    inGroup[i] = true;
  }
  const total = nums.reduce((s, x) => s + x, 0);
  const first = group.reduce((s, i) => s + nums[i], 0);
  const reachable = new Array<boolean>(total + 1).fill(false);
  reachable[0] = true;
  for (const x of nums) {
    for (let v = total; v >= x; v--) if (reachable[v - x]) reachable[v] = true;
  }
  let bestDiff = total;
  for (let v = 0; v <= total; v++) if (reachable[v]) bestDiff = Math.min(bestDiff, Math.abs(total - 2 * v));
  return Math.abs(total - 2 * first) === bestDiff;
}

export function sol(nums = [31, 10, 20, 19, 4, 3, 27, 45, 88, 16, 52, 71, 9, 60, 2]): number[] {
  const total = nums.reduce((s, x) => s + x, 0);
  // via[v] = index of the number that first made sum v reachable (-1 for the empty sum).
  const via = new Array<number>(total + 1).fill(-2);
  via[0] = -1;
  nums.forEach((x, i) => {
    for (let v = total; v >= x; v--) if (via[v] === -2 && via[v - x] !== -2) via[v] = i;
  });
  let target = 0;
  for (let v = 0; v <= total; v++) {
    if (via[v] !== -2 && Math.abs(total - 2 * v) < Math.abs(total - 2 * target)) target = v;
  }
  const out: number[] = [];
  for (let v = target; v > 0; v -= nums[via[v]]) out.push(via[v]);
  return out.reverse();
}
