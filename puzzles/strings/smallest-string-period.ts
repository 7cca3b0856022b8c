/**
 * Find the shortest block p such that s is a prefix of p repeated over and over (p, pp, ppp, ...).
 */
export function sat(p: string, s = "abaababaabaababaababaabaababaababaabaababaababaaba"): boolean {
  if (typeof p !== "string" || p.length === 0 || p.length > s.length) return false;
  const L = p.length;
  for (let i = 0; i < s.length; i++) if (s[i] !== p[i % L]) return false;
  for (let l = 1; l < L; l++) {
    let periodic = true;
    for (let i = 0; i + l < s.length && periodic; i++) periodic = s[i] === s[i + l];
    if (periodic) return false;
  }
  return true;
}

export function sol(s = "abaababaabaababaababaabaababaababaabaababaababaaba"): string {
  // Prefix function: the longest proper border of s gives the shortest period.
  const pi: number[] = new Array(s.length).fill(0);
  for (let i = 1; i < s.length; i++) {
    let k = pi[i - 1] as number;
    while (k > 0 && s[i] !== s[k]) k = pi[k - 1] as number;
    if (s[i] === s[k]) k++;
    pi[i] = k;
  }
  return s.slice(0, s.length - (pi[s.length - 1] as number));
}
