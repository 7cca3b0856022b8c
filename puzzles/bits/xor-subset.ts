/** Find a list of distinct indices into nums such that the bitwise XOR of the chosen numbers equals target. */
export function sat(
  idx: number[],
  nums = [
    2601696, 581409177, 931083358, 30548031, 1006968076, 542062165, 1057372266, 114458971, 846003704,
    328852177, 977760566, 447600695, 91226532, 436787981, 26307266, 226345171, 92115984, 771037961, 831484174,
    223975215, 412082492, 1011572421, 878022682, 678590283, 672650536, 436740673, 254579686, 351223079,
  ],
  target = 1002429849,
): boolean {
  if (!Array.isArray(idx) || new Set(idx).size !== idx.length) return false;
  let acc = 0;
  for (const i of idx) {
    if (!Number.isInteger(i) || i < 0 || i >= nums.length) return false;
    acc ^= nums[i] as number;
  }
  return acc === target;
}

export function sol(
  nums = [
    2601696, 581409177, 931083358, 30548031, 1006968076, 542062165, 1057372266, 114458971, 846003704,
    328852177, 977760566, 447600695, 91226532, 436787981, 26307266, 226345171, 92115984, 771037961, 831484174,
    223975215, 412082492, 1011572421, 878022682, 678590283, 672650536, 436740673, 254579686, 351223079,
  ],
  target = 1002429849,
): number[] {
  // Gaussian elimination over GF(2): basis[b] holds a value with top bit b and the set of indices it came from.
  const basis: { value: number; from: number[] }[] = [];
  for (let i = 0; i < nums.length; i++) {
    let value = nums[i] as number;
    let from = [i];
    for (let b = 30; b >= 0 && value !== 0; b--) {
      if (((value >>> b) & 1) === 0) continue;
      const row = basis[b];
      if (!row) {
        basis[b] = { value, from };
        value = 0;
      } else {
        value ^= row.value;
        from = from.filter((j) => !row.from.includes(j)).concat(row.from.filter((j) => !from.includes(j)));
      }
    }
  }
  let value = target;
  let chosen: number[] = [];
  for (let b = 30; b >= 0 && value !== 0; b--) {
    if (((value >>> b) & 1) === 0) continue;
    const row = basis[b];
    if (!row) return [];
    value ^= row.value;
    chosen = chosen.filter((j) => !row.from.includes(j)).concat(row.from.filter((j) => !chosen.includes(j)));
  }
  return value === 0 ? chosen.sort((a, b) => a - b) : [];
}
