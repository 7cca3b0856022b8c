/**
 * On an island, knights always tell the truth and knaves always lie. Person i says: "exactly
 * statements[i][0] of the people statements[i].slice(1) (by index) are knights". Find who is a
 * knight: a list with 1 for each knight and 0 for each knave, consistent with all statements.
 */
export function sat(
  roles: number[],
  statements = [
    [0, 1, 2, 3, 4], [2, 3, 6], [3, 0, 1, 4, 5, 6, 7], [0, 4, 5],
    [0, 0, 1, 3, 6, 7], [2, 1, 3, 6], [1, 3, 4, 7], [2, 0, 3],
  ],
): boolean {
  if (roles.length !== statements.length || !roles.every((r) => r === 0 || r === 1)) return false;
  return statements.every((st, i) => {
    const knights = st.slice(1).filter((j) => roles[j] === 1).length;
    return (knights === st[0]) === (roles[i] === 1);
  });
}

export function sol(
  statements = [
    [0, 1, 2, 3, 4], [2, 3, 6], [3, 0, 1, 4, 5, 6, 7], [0, 4, 5],
    [0, 0, 1, 3, 6, 7], [2, 1, 3, 6], [1, 3, 4, 7], [2, 0, 3],
  ],
): number[] {
  const n = statements.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const roles = Array.from({ length: n }, (_, i) => (mask >> i) & 1);
    const ok = statements.every(
      (st, i) => (st.slice(1).filter((j) => roles[j] === 1).length === st[0]) === (roles[i] === 1),
    );
    if (ok) return roles;
  }
  return [];
}
