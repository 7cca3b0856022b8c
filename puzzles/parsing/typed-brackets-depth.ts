/**
 * Find a correctly nested string of n bracket pairs using "()", "[]" and "{}" where each type is
 * used n / 3 times, the deepest nesting is exactly d, and no pair has the same type as the pair
 * directly enclosing it.
 */
export function sat(s: string, n = 12, d = 5): boolean {
  if (typeof s !== "string" || s.length !== 2 * n) return false;
  const closeOf: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const stack: string[] = [];
  const count: Record<string, number> = { "(": 0, "[": 0, "{": 0 };
  let deepest = 0;
  for (const c of s) {
    if (c === "(" || c === "[" || c === "{") {
      if (stack.length > 0 && stack[stack.length - 1] === c) return false;
      stack.push(c);
      count[c] = (count[c] as number) + 1;
      deepest = Math.max(deepest, stack.length);
    } else {
      const open = stack.pop();
      if (open === undefined || closeOf[open] !== c) return false;
    }
  }
  return stack.length === 0 && deepest === d && Object.values(count).every((k) => k * 3 === n);
}

export function sol(n = 12, d = 5): string {
  const types = ["()", "[]", "{}"];
  const left = [n / 3, n / 3, n / 3];
  let open = "";
  let close = "";
  for (let i = 0; i < d; i++) {
    const t = types[i % 3] as string;
    open += t[0];
    close = t[1] + close;
    left[i % 3] = (left[i % 3] as number) - 1;
  }
  let out = open + close;
  for (let i = 0; i < 3; i++) out += (types[i] as string).repeat(left[i] as number);
  return out;
}
