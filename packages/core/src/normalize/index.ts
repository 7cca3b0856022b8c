// The normal form of a puzzle's `sat` and its hash: equal for puzzles that differ only in presentation.
import { createHash } from "node:crypto";
import { transformSync } from "esbuild";
import ts from "typescript";
import { type Binding, valueOccurrences } from "../scope/index.ts";
import {
  type ParseResult,
  parsePuzzle,
  parseTypeScript,
  type SatFunction,
  syntaxError,
} from "../source/index.ts";

export interface NormalForm {
  /** `sat` as canonical JavaScript: no types or comments, locals renamed, one printing style. */
  normal: string;
  /** sha256 of `normal`, in hex. */
  hash: string;
}

/**
 * The normal form of the `sat` in `source`. Comments, whitespace, quote style, number spelling, type
 * annotations, the way the function is declared, and the names of everything declared inside it
 * leave it unchanged; operators, constants, conditions and defaults change it.
 */
export function normalizeSat(source: string): ParseResult<NormalForm> {
  const parsed = parsePuzzle(source);
  if (!parsed.ok) return parsed;
  return normalizeFunction(parsed.value.sat);
}

/** As {@link normalizeSat}, for a `sat` already parsed. */
export function normalizeFunction(sat: SatFunction): ParseResult<NormalForm> {
  // One declaration form for all: an arrow's expression body becomes a return. The newline keeps a
  // trailing line comment in the expression from swallowing the closing parenthesis.
  const body = sat.expressionBody ? `{return (${sat.body}\n);}` : sat.body;
  const text = `function sat${sat.typeParameters}(${sat.parameters}) ${body}\n`;
  const renamed = renameLocals(text);
  if (!renamed.ok) return renamed;
  let normal: string;
  try {
    // esbuild strips the types and prints from its syntax tree, which drops comments and redundant
    // parentheses and spells strings and numbers one way. Its syntax minifier also folds equivalent
    // forms together (`if (c) return true; return false` is `return c`); names are left alone.
    normal = transformSync(renamed.value, {
      loader: "ts",
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: "none",
      target: "esnext",
      charset: "utf8",
    }).code.trim();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, code: "syntax", message: `does not parse: ${message}` };
  }
  return { ok: true, value: { normal, hash: sha256(normal) } };
}

/** The hex sha256 of a string's UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Renames every value declared inside the one function of `text` (its parameters included) to `$0`,
 * `$1`, ... in order of first appearance, and its labels to `L0`, `L1`, ...; names that refer to
 * anything outside stay. Each declaration is renamed on its own, so shadowing does not matter.
 */
function renameLocals(text: string): ParseResult<string> {
  const sourceFile = parseTypeScript(text, "sat.ts");
  const error = syntaxError(sourceFile);
  if (error !== undefined) return { ok: false, code: "syntax", message: `does not parse: ${error}` };
  const fn = sourceFile.statements[0];
  if (fn === undefined || !ts.isFunctionDeclaration(fn)) {
    return { ok: false, code: "unsupported_declaration", message: "sat is not a single function" };
  }
  const occurrences = valueOccurrences(fn);
  const kept = new Set<string>();
  for (const { id, binding } of occurrences) if (binding === undefined || binding.fixed) kept.add(id.text);

  const edits: { start: number; end: number; text: string }[] = [];
  const names = new Map<Binding | ts.LabeledStatement, string>();
  let next = 0;
  const canonical = (key: Binding | ts.LabeledStatement, prefix: string): string => {
    let name = names.get(key);
    if (name === undefined) {
      do name = `${prefix}${next++}`;
      while (kept.has(name));
      names.set(key, name);
    }
    return name;
  };
  for (const { id, binding } of occurrences) {
    if (binding === undefined || binding.fixed) continue;
    const name = canonical(binding, "$");
    edits.push({
      start: id.getStart(sourceFile),
      end: id.end,
      text: shorthand(id) ? `${id.text}: ${name}` : name,
    });
  }
  next = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isParenthesizedExpression(node) && removableParentheses(node)) {
      edits.push({ start: node.getStart(sourceFile), end: node.getStart(sourceFile) + 1, text: "" });
      edits.push({ start: node.end - 1, end: node.end, text: "" });
    }
    if (ts.isIdentifier(node)) {
      const label = labelTarget(node);
      if (label !== undefined)
        edits.push({ start: node.getStart(sourceFile), end: node.end, text: canonical(label, "L") });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { ok: true, value: out };
}

/**
 * esbuild keeps parentheses written around a function expression (engines read them as a hint to
 * compile eagerly), so they would make a difference. These are the places where the function needs
 * none: an argument, an element, a property value, an initialiser, a returned value.
 */
function removableParentheses(node: ts.ParenthesizedExpression): boolean {
  let inner: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (!ts.isArrowFunction(inner) && !ts.isFunctionExpression(inner) && !ts.isClassExpression(inner))
    return false;
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent))
    return parent.arguments?.includes(outer as ts.Expression) ?? false;
  return (
    ts.isArrayLiteralExpression(parent) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === outer) ||
    (ts.isVariableDeclaration(parent) && parent.initializer === outer) ||
    (ts.isParameter(parent) && parent.initializer === outer) ||
    (ts.isReturnStatement(parent) && parent.expression === outer)
  );
}

/** Whether renaming `id` alone would change a property name: `{ x }` and `const { x } = o`. */
function shorthand(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isShorthandPropertyAssignment(parent)) return parent.name === id;
  return (
    ts.isBindingElement(parent) &&
    parent.name === id &&
    parent.propertyName === undefined &&
    ts.isObjectBindingPattern(parent.parent)
  );
}

/** The labeled statement a label identifier names, for a label or a `break`/`continue` target. */
function labelTarget(id: ts.Identifier): ts.LabeledStatement | undefined {
  const parent = id.parent;
  if (ts.isLabeledStatement(parent) && parent.label === id) return parent;
  if ((ts.isBreakStatement(parent) || ts.isContinueStatement(parent)) && parent.label === id) {
    for (let node: ts.Node = parent.parent; node !== undefined; node = node.parent) {
      if (ts.isLabeledStatement(node) && node.label.text === id.text) return node;
      if (ts.isFunctionLike(node)) break;
    }
  }
  return undefined;
}
