// Trivial answers for an answer type: if one satisfies a puzzle, the puzzle asks for nothing.
import ts from "typescript";
import type { Json } from "../source/index.ts";
import { parseTypeScript, syntaxError } from "../source/index.ts";

export interface TrivialOptions {
  /**
   * The most answers to return; nested types multiply quickly.
   * @defaultValue 200
   */
  max: number;
}

const DEFAULTS: TrivialOptions = { max: 200 };

const NUMBERS: Json[] = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5];
const STRINGS: Json[] = ["", "a", "0", "1", "abc", "hello", "true"];
const BOOLEANS: Json[] = [true, false];
/** For types we cannot read: a little of every JSON kind. */
const MIX: Json[] = [null, true, false, 0, 1, -1, 2, 0.5, "", "a", "0", "1", [], [0], [1, 2, 3], ["a"], {}];

/**
 * The trivial answers for `type`, a type annotation as written (`number[]`, `[string, number]`,
 * `{ a: number }`, ...), each a JSON value, without duplicates, in a stable order.
 */
export function trivialAnswers(type: string, options: Partial<TrivialOptions> = {}): Json[] {
  const { max } = { ...DEFAULTS, ...options };
  const sourceFile = parseTypeScript(`type Answer = ${type};`, "answer.ts");
  const alias = sourceFile.statements[0];
  if (
    syntaxError(sourceFile) !== undefined ||
    sourceFile.statements.length !== 1 ||
    !alias ||
    !ts.isTypeAliasDeclaration(alias)
  ) {
    return distinct(MIX, max);
  }
  return distinct(answersFor(alias.type, max), max);
}

function answersFor(node: ts.TypeNode, max: number): Json[] {
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return NUMBERS;
    case ts.SyntaxKind.StringKeyword:
      return STRINGS;
    case ts.SyntaxKind.BooleanKeyword:
      return BOOLEANS;
    case ts.SyntaxKind.NullKeyword:
      return [null];
    case ts.SyntaxKind.NeverKeyword:
    case ts.SyntaxKind.UndefinedKeyword:
    case ts.SyntaxKind.VoidKeyword:
      // Not JSON: no answer of these types can cross between phases.
      return [];
  }
  if (ts.isParenthesizedTypeNode(node)) return answersFor(node.type, max);
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword)
    return answersFor(node.type, max);
  if (ts.isLiteralTypeNode(node)) return literal(node.literal);
  if (ts.isUnionTypeNode(node))
    return distinct(
      node.types.flatMap((t) => answersFor(t, max)),
      max,
    );
  if (ts.isArrayTypeNode(node)) return arrays(node.elementType, max);
  if (ts.isTupleTypeNode(node)) return tuples(node, max);
  if (ts.isTypeLiteralNode(node)) return objects(node, max);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const [first, second] = node.typeArguments ?? [];
    const name = node.typeName.text;
    if ((name === "Array" || name === "ReadonlyArray") && first !== undefined) return arrays(first, max);
    if (name === "Record" && first !== undefined && second !== undefined) return records(first, second, max);
  }
  return MIX;
}

function literal(node: ts.LiteralTypeNode["literal"]): Json[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isNumericLiteral(node)) return [Number(node.text)];
  if (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand)) {
    return [
      node.operator === ts.SyntaxKind.MinusToken ? -Number(node.operand.text) : Number(node.operand.text),
    ];
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return [true];
  if (node.kind === ts.SyntaxKind.FalseKeyword) return [false];
  if (node.kind === ts.SyntaxKind.NullKeyword) return [null];
  return [];
}

/** [], then [x] and [x, x] for each trivial x, and two short runs for lists of numbers. */
function arrays(element: ts.TypeNode, max: number): Json[] {
  const items = answersFor(element, max);
  const out: Json[] = [[]];
  for (const x of items) out.push([x]);
  for (const x of items) out.push([x, x]);
  if (isNumber(element)) out.push([0, 1], [1, 2, 3]);
  return out;
}

function isNumber(node: ts.TypeNode): boolean {
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node.kind === ts.SyntaxKind.NumberKeyword;
}

function tuples(node: ts.TupleTypeNode, max: number): Json[] {
  const positions: Json[][] = [];
  for (let element of node.elements) {
    if (ts.isNamedTupleMember(element)) {
      // `[name: T]`, `[name?: T]`, `[...name: T[]]`: the member is its type.
      if (element.dotDotDotToken !== undefined) break;
      element = element.type;
    }
    // A rest element may be empty, so the fixed positions before it make a complete answer.
    if (ts.isRestTypeNode(element)) break;
    positions.push(answersFor(ts.isOptionalTypeNode(element) ? element.type : element, max));
  }
  return combine(positions, max);
}

function objects(node: ts.TypeLiteralNode, max: number): Json[] {
  const keys: string[] = [];
  const values: Json[][] = [];
  let index: ts.TypeNode | undefined;
  for (const member of node.members) {
    if (ts.isPropertySignature(member) && member.type !== undefined) {
      const key = propertyKey(member.name);
      if (key === undefined) continue;
      keys.push(key);
      values.push(answersFor(member.type, max));
    } else if (ts.isIndexSignatureDeclaration(member)) {
      index = member.type;
    }
  }
  const out: Json[] = [{}];
  if (keys.length > 0) {
    for (const row of combine(values, max)) out.push(Object.fromEntries(keys.map((k, i) => [k, row[i]!])));
  } else if (index !== undefined) {
    for (const value of answersFor(index, max)) out.push({ a: value }, { "0": value });
  }
  return out;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

function records(key: ts.TypeNode, value: ts.TypeNode, max: number): Json[] {
  const keys = answersFor(key, max).filter((k) => typeof k === "string" || typeof k === "number");
  const out: Json[] = [{}];
  for (const v of answersFor(value, max)) for (const k of keys.slice(0, 2)) out.push({ [String(k)]: v });
  return out;
}

/**
 * Rows that set every position to one of its trivial values: all combinations when there are few
 * enough, else the diagonal (the k-th value of each position), which still tries every value.
 */
function combine(positions: Json[][], max: number): Json[][] {
  if (positions.some((p) => p.length === 0)) return [];
  const product = positions.reduce((n, p) => n * p.length, 1);
  if (product <= max) {
    let rows: Json[][] = [[]];
    for (const values of positions) rows = rows.flatMap((row) => values.map((v) => [...row, v]));
    return rows;
  }
  const longest = Math.max(...positions.map((p) => p.length));
  return Array.from({ length: longest }, (_, k) => positions.map((p) => p[k % p.length]!));
}

function distinct(values: Json[], max: number): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const value of values) {
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
    if (out.length >= max) break;
  }
  return out;
}
