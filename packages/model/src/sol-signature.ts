// Derives the signature a solution must have from its puzzle: sat's parameters after the answer, returning the answer's type.

import { CharKind, type CodeScan, findIdentifiers, nextCodeChar, scanCode } from "./code-scanner.ts";

/**
 * For `export function sat(li: number[], n = 18): boolean` returns `export function sol(n = 18): number[]`.
 * Undefined when `sat` cannot be found or its parameter list cannot be read: the prompt then does without.
 */
export function solSignature(satSource: string): string | undefined {
  const scan = scanCode(satSource);
  const declaration = findSatParameters(scan);
  if (!declaration) return undefined;
  const [answer, ...rest] = splitTopLevel(scan, declaration.open + 1, declaration.close, ",");
  if (answer === undefined || answer.trim() === "") return undefined;
  const answerType = parameterType(scan, answer, declaration.open + 1 + answer.length);
  const params = rest.map((p) => oneLine(p)).filter((p) => p !== "");
  const returns = answerType ? `: ${oneLine(answerType)}` : "";
  return `export function sol${declaration.generics}(${params.join(", ")})${returns}`;
}

interface SatParameters {
  /** Positions of the parentheses around the parameter list. */
  open: number;
  close: number;
  /** Type parameters as written, e.g. `<T>`, or "". */
  generics: string;
}

function findSatParameters(scan: CodeScan): SatParameters | undefined {
  const { source } = scan;
  for (const token of findIdentifiers(scan)) {
    if (token.name !== "sat") continue;
    const before = source.slice(source.lastIndexOf("\n", token.start - 1) + 1, token.start);
    let cursor: number;
    if (/(?:^|[^\w$])function\s*$/.test(before)) cursor = token.end;
    else if (/(?:^|[^\w$])(?:const|let|var)\s*$/.test(before)) {
      // `const sat = (...) =>`, `const sat = function (...)` or `const sat = <T>(...) =>`.
      const rest = source.slice(token.end).match(/^\s*=\s*(?:async\s+)?(?:function\s*)?/);
      if (!rest) continue;
      cursor = token.end + rest[0].length;
    } else continue;
    let generics = "";
    let next = nextCodeChar(scan, cursor);
    if (next.char === "<") {
      const end = closeAngle(source, next.index);
      if (end === undefined) continue;
      generics = source.slice(next.index, end + 1);
      next = nextCodeChar(scan, end + 1);
    }
    if (next.char !== "(") continue;
    const close = matchingClose(scan, next.index);
    if (close === undefined) continue;
    return { open: next.index, close, generics };
  }
  return undefined;
}

function matchingClose(scan: CodeScan, open: number): number | undefined {
  const inner = scan.depths[open]! + 1;
  for (let i = open + 1; i < scan.source.length; i++) {
    if (scan.kinds[i] === CharKind.code && scan.source[i] === ")" && scan.depths[i] === inner) return i;
  }
  return undefined;
}

function closeAngle(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "<") depth++;
    else if (source[i] === ">" && source[i - 1] !== "=" && --depth === 0) return i;
  }
  return undefined;
}

/**
 * Splits source[from, to) at `separator` where it sits directly in the list: not inside brackets,
 * type arguments (`Map<string, number>`), strings or comments.
 */
function splitTopLevel(scan: CodeScan, from: number, to: number, separator: string): string[] {
  const parts: string[] = [];
  const level = scan.depths[from] ?? 0;
  let angle = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (scan.kinds[i] !== CharKind.code || scan.depths[i] !== level) continue;
    const c = scan.source[i];
    if (c === "<") angle++;
    else if (c === ">" && scan.source[i - 1] !== "=" && angle > 0) angle--;
    else if (c === separator && angle === 0) {
      parts.push(scan.source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(scan.source.slice(start, to));
  return parts;
}

/** The type annotation of a parameter (`li: number[] = []` gives `number[]`), or undefined when it has none. */
function parameterType(scan: CodeScan, param: string, end: number): string | undefined {
  const from = end - param.length;
  const level = scan.depths[from] ?? 0;
  let angle = 0;
  let colon: number | undefined;
  for (let i = from; i < end; i++) {
    if (scan.kinds[i] !== CharKind.code || scan.depths[i] !== level) continue;
    const c = scan.source[i]!;
    const prev = scan.source[i - 1] ?? "";
    const next = scan.source[i + 1] ?? "";
    if (c === "<") angle++;
    else if (c === ">" && prev !== "=" && angle > 0) angle--;
    else if (angle > 0) continue;
    else if (c === ":" && colon === undefined) colon = i;
    else if (c === "=" && colon !== undefined && next !== ">" && next !== "=" && !"=!<>".includes(prev)) {
      return scan.source.slice(colon + 1, i).trim() || undefined;
    }
  }
  return colon === undefined ? undefined : scan.source.slice(colon + 1, end).trim() || undefined;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}
