/**
 * Find a JSON Pointer (RFC 6901: "/"-separated reference tokens, "~1" standing for "/" and "~0"
 * for "~" inside a token, array elements addressed by their decimal index) that leads from the
 * root of doc to a value equal to target.
 */
export function sat(
  ptr: string,
  doc = { "a": { "b": { "c~d": [0, 0, { "x": "decoy" }] } }, "a/b": { "c~d": [10, 20, { "x": "found", "~1": "decoy" }], "c/d": "decoy" } },
  target = "found",
): boolean {
  if (typeof ptr !== "string" || !ptr.startsWith("/")) return false;
  let node: unknown = doc;
  for (const raw of ptr.slice(1).split("/")) {
    if (/~[^01]|~$/.test(raw)) return false;
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (typeof node === "object" && node !== null && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else return false;
  }
  return node === target;
}

export function sol(
  doc = { "a": { "b": { "c~d": [0, 0, { "x": "decoy" }] } }, "a/b": { "c~d": [10, 20, { "x": "found", "~1": "decoy" }], "c/d": "decoy" } },
  target = "found",
): string {
  const search = (node: unknown, path: string): string | null => {
    if (node === target) return path;
    if (typeof node !== "object" || node === null) return null;
    for (const [key, value] of Object.entries(node)) {
      const found = search(value, `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      if (found !== null) return found;
    }
    return null;
  };
  return search(doc, "") ?? "";
}
