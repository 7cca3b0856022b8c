// Renames a function in source text: its declaration and its calls, never strings, comments or property names.

import { type CodeScan, findIdentifiers, nextCodeChar, scanCode } from "./code-scanner.ts";

const DECLARING_KEYWORDS = /(?:^|[^\w$])(?:function\s*\*?|const|let|var)\s*$/;

/**
 * Renames `from` to `to` where it is declared (`function from(`, `const from =`) and where it is called
 * (`from(`, `from?.(`, `from<T>(`). Other uses stay as they are: a puzzle that passes itself around as a
 * value is rare, and renaming a parameter or property that merely shares the name would break the code.
 */
export function renameFunction(source: string, from: string, to: string): string {
  const scan = scanCode(source);
  const edits: number[] = [];
  for (const token of findIdentifiers(scan)) {
    if (token.name !== from) continue;
    if (isDeclaration(source, token.start) || isCall(scan, token.end)) edits.push(token.start);
  }
  let result = source;
  for (const start of edits.reverse()) {
    result = result.slice(0, start) + to + result.slice(start + from.length);
  }
  return result;
}

function isDeclaration(source: string, start: number): boolean {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  return DECLARING_KEYWORDS.test(source.slice(lineStart, start));
}

function isCall(scan: CodeScan, end: number): boolean {
  const next = nextCodeChar(scan, end);
  if (next.char === "(") return true;
  if (next.char === "?" && scan.source.startsWith("?.(", next.index)) return true;
  if (next.char === "<") return genericCallEnd(scan.source, next.index) !== undefined;
  return false;
}

/** For `<...>(` after a name, the position of the `(`; undefined when the `<` is a comparison. */
function genericCallEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "<") depth++;
    else if (c === ">" && source[i - 1] !== "=") {
      depth--;
      if (depth === 0) {
        const rest = source.slice(i + 1).match(/^\s*\(/);
        return rest ? i + rest[0].length : undefined;
      }
    } else if (c === ";" || c === "{" || c === "\n") return undefined;
  }
  return undefined;
}
