/**
 * Write t seconds as a compact duration such as "3d4h5m6s": units d, h, m, s in that order,
 * each present only when non-zero, numbers without leading zeros, hours below 24, minutes and
 * seconds below 60.
 */
export function sat(s: string, t = 987654): boolean {
  const m = /^(?:([1-9]\d*)d)?(?:([1-9]\d?)h)?(?:([1-9]\d?)m)?(?:([1-9]\d?)s)?$/.exec(s);
  if (m === null || s.length === 0) return false;
  const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => (x === undefined ? 0 : Number(x))) as number[];
  return (
    (h as number) < 24 &&
    (mi as number) < 60 &&
    (se as number) < 60 &&
    (d as number) * 86400 + (h as number) * 3600 + (mi as number) * 60 + (se as number) === t
  );
}

export function sol(t = 987654): string {
  const parts: [number, string][] = [
    [Math.floor(t / 86400), "d"],
    [Math.floor((t % 86400) / 3600), "h"],
    [Math.floor((t % 3600) / 60), "m"],
    [t % 60, "s"],
  ];
  return parts
    .filter(([v]) => v > 0)
    .map(([v, u]) => `${v}${u}`)
    .join("");
}
