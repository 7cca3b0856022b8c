/**
 * For every position of the code string s, give the index of the bracket matching the bracket
 * found there ("()", "[]", "{}"), or -1 where s holds no bracket.
 */
export function sat(m: number[], s = "f(a[i], {k: [1, (2)], g: h(x)[0]}) + [y(z), {}]"): boolean {
  if (!Array.isArray(m) || m.length !== s.length) return false;
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const isBracket = (c: string): boolean => "()[]{}".includes(c);
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const j = m[i];
    if (!isBracket(c)) {
      if (j !== -1) return false;
      continue;
    }
    if (!Number.isInteger(j) || (j as number) < 0 || (j as number) >= s.length || m[j as number] !== i) return false;
    const lo = Math.min(i, j as number);
    const hi = Math.max(i, j as number);
    if (pairs[s[lo] as string] !== s[hi]) return false;
    for (let k = lo + 1; k < hi; k++) {
      const mk = m[k] as number;
      if (mk !== -1 && (mk <= lo || mk >= hi)) return false;
    }
  }
  return true;
}

export function sol(s = "f(a[i], {k: [1, (2)], g: h(x)[0]}) + [y(z), {}]"): number[] {
  const m: number[] = new Array(s.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if ("([{".includes(c)) stack.push(i);
    else if (")]}".includes(c)) {
      const j = stack.pop() as number;
      m[i] = j;
      m[j] = i;
    }
  }
  return m;
}
