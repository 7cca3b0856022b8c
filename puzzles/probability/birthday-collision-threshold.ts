/**
 * Each person's birthday is uniform over the given number of days, independently. Find the smallest
 * group size for which the probability that at least two people share a birthday exceeds 1/2.
 */
export function sat(people: number, days = 1000): boolean {
  if (!Number.isSafeInteger(people) || people < 1 || people > days + 1) return false;
  // 2 * P(all distinct) < 1 with exact integers: 2 * days(days-1)...(days-m+1) < days^m.
  const shared = (m: number) => {
    let distinct = 1n;
    for (let i = 0; i < m; i++) distinct *= BigInt(days - i);
    return 2n * distinct < BigInt(days) ** BigInt(m);
  };
  return shared(people) && !shared(people - 1);
}

export function sol(days = 1000): number {
  let distinct = 1;
  for (let m = 1; m <= days + 1; m++) {
    distinct *= (days - m + 1) / days;
    if (distinct < 0.5) return m;
  }
  return days + 1;
}
