/**
 * Write the tree given by labels and parent indices (-1 for the root) as an indented outline:
 * one label per line, preceded by two spaces per level of depth, every node listed after its
 * parent and before any node outside the parent's subtree (lines joined by "\n").
 */
export function sat(
  outline: string,
  labels = ["src", "README.md", "app.ts", "test", "util", "app.test.ts", "project", "fmt.ts", "parse.ts", "docs", "guide.md", "util.test.ts"],
  parents = [6, 6, 0, 6, 0, 3, -1, 4, 4, 6, 9, 3],
): boolean {
  if (typeof outline !== "string") return false;
  const lines = outline.split("\n");
  if (lines.length !== labels.length) return false;
  const path: string[] = [];
  const parentOf = new Map<string, string>();
  for (const line of lines) {
    const m = /^((?: {2})*)(\S+)$/.exec(line);
    if (m === null) return false;
    const depth = (m[1] as string).length / 2;
    const label = m[2] as string;
    if (depth > path.length || parentOf.has(label)) return false;
    path.length = depth;
    parentOf.set(label, depth === 0 ? "" : (path[depth - 1] as string));
    path.push(label);
  }
  return labels.every((label, i) => {
    const p = parents[i] as number;
    return parentOf.get(label) === (p < 0 ? "" : labels[p]);
  });
}

export function sol(
  labels = ["src", "README.md", "app.ts", "test", "util", "app.test.ts", "project", "fmt.ts", "parse.ts", "docs", "guide.md", "util.test.ts"],
  parents = [6, 6, 0, 6, 0, 3, -1, 4, 4, 6, 9, 3],
): string {
  const lines: string[] = [];
  const visit = (node: number, depth: number): void => {
    lines.push("  ".repeat(depth) + labels[node]);
    parents.forEach((p, child) => {
      if (p === node) visit(child, depth + 1);
    });
  };
  parents.forEach((p, node) => {
    if (p === -1) visit(node, 0);
  });
  return lines.join("\n");
}
