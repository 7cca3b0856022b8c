/**
 * Write a double-quoted string literal, using only printable ASCII characters (codes 32 to 126),
 * whose value is target. Inside the quotes a backslash starts an escape: \n \t \r \" \\ or
 * \u followed by exactly four hex digits; a bare double quote or any other escape is an error.
 */
export function sat(lit: string, target = "Tab:\there\nQuote: \"x\" \\ caf\u00e9 \u2603 \u00bd"): boolean {
  if (typeof lit !== "string" || lit.length < 2 || lit[0] !== '"' || lit[lit.length - 1] !== '"') return false;
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
  let value = "";
  for (let i = 1; i < lit.length - 1; i++) {
    const c = lit[i] as string;
    if (c === '"') return false;
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = lit[i + 1];
    if (e === undefined || i + 1 >= lit.length - 1) return false;
    if (e === "u") {
      const hex = lit.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex) || i + 6 > lit.length - 1) return false;
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
    } else if (Object.hasOwn(simple, e)) {
      value += simple[e];
      i += 1;
    } else return false;
  }
  return value === target;
}

export function sol(target = "Tab:\there\nQuote: \"x\" \\ caf\u00e9 \u2603 \u00bd"): string {
  let out = '"';
  for (const ch of target) {
    const c = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c >= 32 && c <= 126) out += ch;
    else {
      for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).padStart(4, "0")}`;
    }
  }
  return `${out}"`;
}
