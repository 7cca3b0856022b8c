/** Find the rotation of s (some suffix of s followed by the rest of s) that comes first in lexicographic order. */
export function sat(r: string, s = "tomatopotatotomatoatop"): boolean {
  if (typeof r !== "string" || r.length !== s.length || !(s + s).includes(r)) return false;
  for (let i = 0; i < s.length; i++) {
    if (s.slice(i) + s.slice(0, i) < r) return false;
  }
  return true;
}

export function sol(s = "tomatopotatotomatoatop"): string {
  let best = s;
  for (let i = 1; i < s.length; i++) {
    const r = s.slice(i) + s.slice(0, i);
    if (r < best) best = r;
  }
  return best;
}
