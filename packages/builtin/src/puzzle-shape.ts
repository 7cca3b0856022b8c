// The shape of a `sat`: a canonical token form with local names renamed and constants (then comparison strictness) abstracted away.
import { createHash } from "node:crypto";
import type { Json, SatFunction } from "@puzzleloop/core";
import ts from "typescript";
import { blockBody, typeKey } from "./sat-source.ts";

/** A literal constant in a body, in source order. */
export interface BodyLiteral {
  value: Json;
  text: string;
}

export interface PuzzleShape {
  /** Equal for the same program with the same constants and defaults. */
  key: string;
  /** Equal for the same program up to literal constants and defaults. */
  literalKey: string;
  /** Equal also when comparisons differ in strictness or direction (`<` against `<=` or `>`). */
  operatorKey: string;
  /** Adjacent token pairs of the literal-abstracted form, for a similarity between programs. */
  bigrams: ReadonlySet<string>;
  answerType: string;
  /** The body's literal constants, in order: where two programs share a literalKey, they correspond. */
  literals: readonly BodyLiteral[];
}

const LITERAL = "#";
const COMPARISONS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);
// Presentation only: statement ends, and the wrappers that exist for the type checker.
const SKIPPED = new Set<ts.SyntaxKind>([ts.SyntaxKind.SemicolonToken, ts.SyntaxKind.EndOfFileToken]);

const cache = new Map<string, PuzzleShape | undefined>();
const CACHE_SIZE = 8192;

/**
 * The shape of a parsed `sat`; undefined when its text does not parse as one function. It is computed from
 * the syntax tree alone (no printer, no bundler), so that a library of thousands is indexed in moments.
 */
export function puzzleShape(sat: SatFunction): PuzzleShape | undefined {
  const key = `${sat.text}\u0000${sat.parameters}`;
  if (cache.has(key)) return cache.get(key);
  const shape = computeShape(sat);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, shape);
  return shape;
}

function computeShape(sat: SatFunction): PuzzleShape | undefined {
  const params = [sat.answer.name, ...sat.params.map((p) => p.name)].join(", ");
  const text = `function sat(${params}) ${blockBody(sat)}`;
  const file = ts.createSourceFile("shape.ts", text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const fn = file.statements[0];
  if (
    file.statements.length !== 1 ||
    fn === undefined ||
    !ts.isFunctionDeclaration(fn) ||
    fn.body === undefined
  ) {
    return undefined;
  }
  const locals = declaredNames(fn);
  const names = new Map<string, string>();
  const tokens: string[] = [];
  const loose: string[] = [];
  const literals: BodyLiteral[] = [];
  const emit = (token: string, looseToken = token) => {
    tokens.push(token);
    loose.push(looseToken);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || SKIPPED.has(node.kind)) return;
    // Parentheses around a whole returned value change nothing (an arrow's body is returned in them).
    const redundant = ts.isParenthesizedExpression(node) && ts.isReturnStatement(node.parent);
    if (
      redundant ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node)
    ) {
      visit(node.expression);
      return;
    }
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && node.type !== undefined) {
      // The annotation is skipped with its colon: `const x: number = 1` and `const x = 1` are one program.
      for (const child of node.getChildren(file)) {
        if (child.kind !== ts.SyntaxKind.ColonToken && child !== node.type) visit(child);
      }
      return;
    }
    const literal = literalOf(node);
    if (literal !== undefined) {
      literals.push({ value: literal, text: node.getText(file) });
      emit(LITERAL);
      return;
    }
    if (ts.isIdentifier(node)) {
      const isProperty = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
      if (!isProperty && locals.has(node.text)) {
        let name = names.get(node.text);
        if (name === undefined) {
          name = `$${names.size}`;
          names.set(node.text, name);
        }
        emit(name);
      } else emit(node.text);
      return;
    }
    const children = node.getChildren(file);
    if (children.length === 0) {
      emit(node.getText(file), COMPARISONS.has(node.kind) ? "<" : node.getText(file));
      return;
    }
    for (const child of children) visit(child);
  };
  visit(fn);
  const literalForm = tokens.join(" ");
  const defaults = JSON.stringify(sat.params.map((p) => p.default));
  return {
    key: digest(`${literalForm}\n${JSON.stringify(literals.map((l) => l.value))}\n${defaults}`),
    literalKey: digest(literalForm),
    operatorKey: digest(loose.join(" ")),
    bigrams: bigramsOf(tokens),
    answerType: typeKey(sat.answer.type),
    literals,
  };
}

/** Every name declared inside the function: parameters, variables, functions, classes, catch variables. */
function declaredNames(fn: ts.FunctionDeclaration): Set<string> {
  const out = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) out.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isParameter(node) || ts.isVariableDeclaration(node)) addBinding(node.name);
    else if (
      (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) &&
      node.name !== undefined &&
      node !== fn
    ) {
      out.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return out;
}

/** The value of a number or string literal (a negative number counts as one), else undefined. */
function literalOf(node: ts.Node): Json | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    // A property name written as a string is structure, not a constant.
    if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return undefined;
    return node.text;
  }
  if (ts.isNumericLiteral(node)) {
    const value = Number(node.text);
    return Number.isFinite(value) ? value : undefined;
  }
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  ) {
    const value = -Number(node.operand.text);
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

function digest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function bigramsOf(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) out.add(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

/** Jaccard similarity of two shapes' token pairs, in [0, 1]. */
export function similarity(a: PuzzleShape, b: PuzzleShape): number {
  if (a.bigrams.size === 0 && b.bigrams.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.bigrams.size <= b.bigrams.size ? [a.bigrams, b.bigrams] : [b.bigrams, a.bigrams];
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / (a.bigrams.size + b.bigrams.size - shared);
}
