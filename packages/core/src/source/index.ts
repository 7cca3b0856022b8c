// Finds the `sat` and `sol` functions in a puzzle file or a model-written source, with their parameters.
import ts from "typescript";
import { checkModuleShape } from "../module-shape/index.ts";

/** A JSON value: what answers and parameter defaults are made of. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Why a source was rejected. */
export const PARSE_FAILURES = [
  "syntax",
  "not_a_module",
  "missing_sat",
  "missing_sol",
  "duplicate",
  "unsupported_declaration",
  "async_or_generator",
  "missing_answer",
  "missing_answer_type",
  "rest_parameter",
  "destructured_parameter",
  "missing_default",
  "non_literal_default",
] as const;
export type ParseFailureCode = (typeof PARSE_FAILURES)[number];

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: ParseFailureCode; message: string };

/** The answer parameter of `sat`: its annotation tells a solver what to return. */
export interface AnswerParam {
  name: string;
  /** The type annotation, as written. */
  type: string;
}

/** A parameter after the answer: it always carries a JSON-literal default. */
export interface Param {
  name: string;
  /** The type annotation, as written, when there is one. */
  type?: string;
  /** The default, evaluated. */
  default: Json;
  /** The default, as written. */
  defaultText: string;
}

interface FunctionSource {
  form: "declaration" | "arrow" | "expression";
  exported: boolean;
  /** The whole top-level statement, from its first token (`export` included) to its end. */
  text: string;
  /** The doc comment (`/** ... *\/`) just before the statement. */
  doc?: string;
  /** The return type annotation, as written. */
  returnType?: string;
  /** Type parameters as written, with their angle brackets, or "". */
  typeParameters: string;
  /** The parameter list as written, without its parentheses. */
  parameters: string;
  /** The body as written: a block, or an expression when `expressionBody`. */
  body: string;
  expressionBody: boolean;
  /** Offsets of `text` in the source. */
  start: number;
  end: number;
}

export interface SatFunction extends FunctionSource {
  name: "sat";
  answer: AnswerParam;
  params: Param[];
  /** What a model is shown: the doc comment and `sat`. */
  puzzle: string;
}

export interface SolFunction extends FunctionSource {
  name: "sol";
  params: Param[];
}

/** Top-level statements other than `sat` and `sol`, which a puzzle must not depend on. */
export interface Extras {
  extras: string[];
}

export type ParsedPuzzle = Extras & { sat: SatFunction };
export type ParsedSolution = Extras & { sol: SolFunction };
export type ParsedPair = Extras & { sat: SatFunction; sol: SolFunction };

type Found = { form: FunctionSource["form"]; statement: ts.Statement; fn: ts.SignatureDeclaration };

interface Scan {
  sourceFile: ts.SourceFile;
  sat: ParseResult<Found> | undefined;
  sol: ParseResult<Found> | undefined;
  extras: string[];
}

const fail = <T>(code: ParseFailureCode, message: string): ParseResult<T> => ({ ok: false, code, message });

/** Parses a source that must hold `sat` (a `sol` beside it is ignored). */
export function parsePuzzle(source: string): ParseResult<ParsedPuzzle> {
  const scan = scanSource(source);
  if (!scan.ok) return scan;
  const sat = satFrom(scan.value);
  if (!sat.ok) return sat;
  return { ok: true, value: { sat: sat.value, extras: scan.value.extras } };
}

/** Parses a source that must hold `sol` (a `sat` beside it is ignored). */
export function parseSolution(source: string): ParseResult<ParsedSolution> {
  const scan = scanSource(source);
  if (!scan.ok) return scan;
  const sol = solFrom(scan.value);
  if (!sol.ok) return sol;
  return { ok: true, value: { sol: sol.value, extras: scan.value.extras } };
}

/** Parses a source that must hold both `sat` and `sol`, as a seed puzzle file does. */
export function parsePair(source: string): ParseResult<ParsedPair> {
  const scan = scanSource(source);
  if (!scan.ok) return scan;
  const sat = satFrom(scan.value);
  if (!sat.ok) return sat;
  const sol = solFrom(scan.value);
  if (!sol.ok) return sol;
  return { ok: true, value: { sat: sat.value, sol: sol.value, extras: scan.value.extras } };
}

/**
 * Why `sol` cannot stand for `sat`'s reference solution: it must take the same parameters, in the same
 * order, with the same defaults, so that both are called with nothing and agree on the instance.
 */
export function signatureMismatch(sat: SatFunction, sol: SolFunction): string | undefined {
  if (sat.params.length !== sol.params.length) {
    return `sol takes ${sol.params.length} parameter(s) but sat takes ${sat.params.length} after the answer`;
  }
  for (const [i, p] of sat.params.entries()) {
    const q = sol.params[i]!;
    if (p.name !== q.name) return `parameter ${i + 1} is \`${p.name}\` in sat but \`${q.name}\` in sol`;
    if (!jsonEqual(p.default, q.default)) {
      return `parameter \`${p.name}\` defaults to ${p.defaultText} in sat but ${q.defaultText} in sol`;
    }
  }
  return undefined;
}

/** Deep equality of JSON values; object key order does not matter. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]!))
    );
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k]!, b[k]!));
}

/** The source file of `source`, parsed as TypeScript with parent pointers. */
export function parseTypeScript(source: string, fileName = "source.ts"): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
}

/** The first syntax error of a parsed file, as "line L: message", if any. */
export function syntaxError(sourceFile: ts.SourceFile): string | undefined {
  // The parser keeps its diagnostics on the node; reading them avoids building a whole program.
  const diagnostics =
    (sourceFile as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ??
    ts.transpileModule(sourceFile.text, { reportDiagnostics: true }).diagnostics ??
    [];
  const first = diagnostics[0];
  if (first === undefined) return undefined;
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ");
  if (first.start === undefined) return message;
  return `line ${sourceFile.getLineAndCharacterOfPosition(first.start).line + 1}: ${message}`;
}

function scanSource(source: string): ParseResult<Scan> {
  const sourceFile = parseTypeScript(source);
  const error = syntaxError(sourceFile);
  if (error !== undefined) return fail("syntax", `does not parse: ${error}`);
  // The sandbox runs a source only if it is a module of this shape: the checks hold it to the same rule.
  const shape = checkModuleShape(source);
  if (!shape.ok) return fail("not_a_module", shape.error);
  const scan: Scan = { sourceFile, sat: undefined, sol: undefined, extras: [] };
  for (const statement of sourceFile.statements) {
    const found = classify(statement);
    if (found === undefined) {
      if (!ts.isEmptyStatement(statement)) scan.extras.push(statement.getText(sourceFile));
      continue;
    }
    const [name, result] = found;
    if (scan[name] !== undefined) return fail("duplicate", `\`${name}\` is declared more than once`);
    scan[name] = result;
  }
  return { ok: true, value: scan };
}

/** Whether `statement` declares `sat` or `sol`, and if so how. */
function classify(statement: ts.Statement): [name: "sat" | "sol", result: ParseResult<Found>] | undefined {
  if (ts.isFunctionDeclaration(statement)) {
    const name = statement.name?.text;
    if (name !== "sat" && name !== "sol") return undefined;
    if (statement.body === undefined) {
      return [name, fail("unsupported_declaration", `\`${name}\` is declared without a body (an overload?)`)];
    }
    return [name, checkKind(name, { form: "declaration", statement, fn: statement })];
  }
  if (!ts.isVariableStatement(statement)) return undefined;
  const declarations = statement.declarationList.declarations;
  const named = declarations.filter(
    (d) => ts.isIdentifier(d.name) && (d.name.text === "sat" || d.name.text === "sol"),
  );
  const first = named[0];
  if (first === undefined) return undefined;
  const name = (first.name as ts.Identifier).text as "sat" | "sol";
  if (declarations.length > 1) {
    return [name, fail("unsupported_declaration", `declare \`${name}\` in a statement of its own`)];
  }
  let init = first.initializer;
  while (
    init !== undefined &&
    (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init))
  ) {
    init = init.expression;
  }
  if (init !== undefined && ts.isArrowFunction(init)) {
    return [name, checkKind(name, { form: "arrow", statement, fn: init })];
  }
  if (init !== undefined && ts.isFunctionExpression(init)) {
    return [name, checkKind(name, { form: "expression", statement, fn: init })];
  }
  return [
    name,
    fail(
      "unsupported_declaration",
      `\`${name}\` must be a function (declaration, arrow or function expression)`,
    ),
  ];
}

function checkKind(name: string, found: Found): ParseResult<Found> {
  const fn = found.fn as ts.FunctionLikeDeclarationBase;
  if (hasModifier(fn, ts.SyntaxKind.AsyncKeyword) || fn.asteriskToken !== undefined) {
    return fail("async_or_generator", `\`${name}\` must be a plain function, not async or a generator`);
  }
  return { ok: true, value: found };
}

function satFrom(scan: Scan): ParseResult<SatFunction> {
  if (scan.sat === undefined) return fail("missing_sat", "no top-level function `sat` found");
  if (!scan.sat.ok) return scan.sat;
  const base = describe(scan.sourceFile, scan.sat.value);
  const [first, ...rest] = scan.sat.value.fn.parameters;
  if (first === undefined) return fail("missing_answer", "sat must take the answer as its first parameter");
  const answer = plainName("sat", first, 1);
  if (!answer.ok) return answer;
  if (first.type === undefined) {
    return fail("missing_answer_type", `sat's answer parameter \`${answer.value}\` needs a type annotation`);
  }
  const params = paramsOf("sat", rest, 2);
  if (!params.ok) return params;
  const puzzle = base.doc === undefined ? base.text : `${base.doc}\n${base.text}`;
  return {
    ok: true,
    value: {
      ...base,
      name: "sat",
      answer: { name: answer.value, type: first.type.getText(scan.sourceFile) },
      params: params.value,
      puzzle,
    },
  };
}

function solFrom(scan: Scan): ParseResult<SolFunction> {
  if (scan.sol === undefined) return fail("missing_sol", "no top-level function `sol` found");
  if (!scan.sol.ok) return scan.sol;
  const base = describe(scan.sourceFile, scan.sol.value);
  const params = paramsOf("sol", scan.sol.value.fn.parameters, 1);
  if (!params.ok) return params;
  return { ok: true, value: { ...base, name: "sol", params: params.value } };
}

function describe(sourceFile: ts.SourceFile, { form, statement, fn }: Found): FunctionSource {
  const text = sourceFile.text;
  const body = (fn as ts.FunctionLikeDeclarationBase).body!;
  const typeParameters = fn.typeParameters;
  const parens = fn.parameters;
  return {
    form,
    exported: hasModifier(statement, ts.SyntaxKind.ExportKeyword),
    text: statement.getText(sourceFile),
    doc: docComment(text, statement.pos),
    returnType: fn.type?.getText(sourceFile),
    typeParameters:
      typeParameters === undefined ? "" : `<${text.slice(typeParameters.pos, typeParameters.end)}>`,
    parameters: text.slice(parens.pos, parens.end),
    body: body.getText(sourceFile),
    expressionBody: !ts.isBlock(body),
    start: statement.getStart(sourceFile),
    end: statement.end,
  };
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}

function docComment(text: string, pos: number): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, pos) ?? [];
  const last = ranges[ranges.length - 1];
  if (last === undefined || last.kind !== ts.SyntaxKind.MultiLineCommentTrivia) return undefined;
  const comment = text.slice(last.pos, last.end);
  return comment.startsWith("/**") && comment !== "/**/" ? comment : undefined;
}

function plainName(fn: string, param: ts.ParameterDeclaration, position: number): ParseResult<string> {
  if (param.dotDotDotToken !== undefined) {
    return fail("rest_parameter", `${fn}: parameter ${position} is a rest parameter; name each parameter`);
  }
  if (!ts.isIdentifier(param.name) || param.name.text === "this") {
    return fail("destructured_parameter", `${fn}: parameter ${position} must be a plain name, not a pattern`);
  }
  return { ok: true, value: param.name.text };
}

function paramsOf(
  fn: string,
  params: readonly ts.ParameterDeclaration[],
  firstPosition: number,
): ParseResult<Param[]> {
  const out: Param[] = [];
  for (const [i, param] of params.entries()) {
    const position = firstPosition + i;
    const name = plainName(fn, param, position);
    if (!name.ok) return name;
    if (param.initializer === undefined) {
      return fail("missing_default", `${fn}: parameter \`${name.value}\` needs a default value`);
    }
    const value = literalValue(param.initializer);
    if (value === undefined) {
      return fail(
        "non_literal_default",
        `${fn}: the default of \`${name.value}\` must be a JSON literal (number, string, boolean, null, array, object)`,
      );
    }
    out.push({
      name: name.value,
      ...(param.type === undefined ? {} : { type: param.type.getText() }),
      default: value.value,
      defaultText: param.initializer.getText(),
    });
  }
  return { ok: true, value: out };
}

/** The value of an expression made only of JSON literals; undefined for anything else. */
export function literalValue(expr: ts.Expression): { value: Json } | undefined {
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) {
    expr = expr.expression;
  }
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return { value: expr.text };
  if (ts.isNumericLiteral(expr)) return finite(Number(expr.text));
  if (ts.isPrefixUnaryExpression(expr) && ts.isNumericLiteral(expr.operand)) {
    if (expr.operator === ts.SyntaxKind.MinusToken) return finite(-Number(expr.operand.text));
    if (expr.operator === ts.SyntaxKind.PlusToken) return finite(Number(expr.operand.text));
    return undefined;
  }
  switch (expr.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return { value: true };
    case ts.SyntaxKind.FalseKeyword:
      return { value: false };
    case ts.SyntaxKind.NullKeyword:
      return { value: null };
  }
  if (ts.isArrayLiteralExpression(expr)) {
    const items: Json[] = [];
    for (const element of expr.elements) {
      const item = literalValue(element);
      if (item === undefined) return undefined;
      items.push(item.value);
    }
    return { value: items };
  }
  if (ts.isObjectLiteralExpression(expr)) {
    const entries: [string, Json][] = [];
    for (const property of expr.properties) {
      if (!ts.isPropertyAssignment(property)) return undefined;
      const key = property.name;
      if (!(ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key))) return undefined;
      const item = literalValue(property.initializer);
      if (item === undefined) return undefined;
      entries.push([ts.isNumericLiteral(key) ? String(Number(key.text)) : key.text, item.value]);
    }
    // fromEntries defines own properties, so a "__proto__" key stays a key as it does in JSON.
    return { value: Object.fromEntries(entries) };
  }
  return undefined;
}

function finite(n: number): { value: Json } | undefined {
  return Number.isFinite(n) ? { value: n } : undefined;
}
