// Reads a `sat` built of inner checks (a conjunction, or a check of a transformed answer) back into its parts.
import { parsePuzzle, type SatFunction } from "@puzzleloop/core";
import ts from "typescript";
import { blockBody } from "./sat-source.ts";

/** One inner check, as a puzzle of its own, with how the outer `sat` calls it. */
export interface PuzzlePart {
  /** The inner check as a standalone puzzle, its defaults being the values the outer `sat` passes. */
  sat: SatFunction;
  /** The arguments after the answer, as written in the call: a solution calls its part's `sol` with them. */
  args: readonly string[];
}

export interface Decomposition {
  /** `all`: every part must accept the answer itself; `transformed`: the one part is given a transform of it. */
  kind: "all" | "transformed";
  parts: readonly PuzzlePart[];
  /** For `transformed`: maps an expression for the part's answer to one for the whole puzzle's. */
  invert?: (expression: string) => string;
}

const HEAD = "function sat";

/**
 * The parts of a `sat` whose body declares inner functions and returns `f(answer, ...) && g(answer, ...)`,
 * or `f(t(answer), ...)` with `t` one of the transforms the built-in model writes; undefined otherwise.
 */
export function decompose(sat: SatFunction): Decomposition | undefined {
  const text = `${HEAD}${sat.typeParameters}(${sat.parameters}) ${blockBody(sat)}`;
  const file = ts.createSourceFile("sat.ts", text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const fn = file.statements[0];
  if (fn === undefined || !ts.isFunctionDeclaration(fn) || fn.body === undefined) return undefined;
  const statements = fn.body.statements;
  const last = statements[statements.length - 1];
  if (last === undefined || !ts.isReturnStatement(last) || last.expression === undefined) return undefined;
  const inner = new Map<string, ts.FunctionDeclaration>();
  for (const statement of statements.slice(0, -1)) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined || statement.body === undefined)
      return undefined;
    inner.set(statement.name.text, statement);
  }
  const calls = conjuncts(unwrap(last.expression));
  const outer = new Map(sat.params.map((p) => [p.name, p.defaultText]));
  const parts: PuzzlePart[] = [];
  let invert: ((expression: string) => string) | undefined;
  for (const call of calls) {
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
    const declaration = inner.get(call.expression.text);
    const [first, ...rest] = call.arguments;
    if (declaration === undefined || first === undefined) return undefined;
    const answer = unwrap(first);
    if (!(ts.isIdentifier(answer) && answer.text === sat.answer.name)) {
      if (calls.length !== 1) return undefined;
      invert = inverseOf(answer, sat.answer.name, sat.answer.type, file);
      if (invert === undefined) return undefined;
    }
    const part = partPuzzle(declaration, rest, outer, sat.answer.type, file);
    if (part === undefined) return undefined;
    parts.push({ sat: part, args: rest.map((a) => a.getText(file)) });
  }
  if (parts.length === 0) return undefined;
  return invert === undefined ? { kind: "all", parts } : { kind: "transformed", parts, invert };
}

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  return node;
}

function conjuncts(node: ts.Expression): ts.Expression[] {
  node = unwrap(node);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...conjuncts(node.left), ...conjuncts(node.right)];
  }
  return [node];
}

/** The inner function as `export function sat(...)`, each parameter defaulting to what the call passes. */
function partPuzzle(
  declaration: ts.FunctionDeclaration,
  args: readonly ts.Expression[],
  outer: ReadonlyMap<string, string>,
  answerType: string,
  file: ts.SourceFile,
): SatFunction | undefined {
  const [answer, ...params] = declaration.parameters;
  if (answer === undefined || !ts.isIdentifier(answer.name)) return undefined;
  const texts = [`${answer.name.text}: ${answer.type?.getText(file) ?? answerType}`];
  for (const [i, param] of params.entries()) {
    if (!ts.isIdentifier(param.name)) return undefined;
    const arg = args[i] === undefined ? undefined : unwrap(args[i]!);
    let value: string | undefined;
    if (arg !== undefined && ts.isIdentifier(arg)) value = outer.get(arg.text);
    else if (arg !== undefined) value = arg.getText(file);
    else value = param.initializer?.getText(file);
    if (value === undefined) return undefined;
    texts.push(
      `${param.name.text}${param.type === undefined ? "" : `: ${param.type.getText(file)}`} = ${value}`,
    );
  }
  const typeParameters =
    declaration.typeParameters === undefined
      ? ""
      : `<${declaration.typeParameters.map((t) => t.getText(file)).join(", ")}>`;
  const source = `export function sat${typeParameters}(${texts.join(", ")}): boolean ${declaration.body!.getText(file)}`;
  const parsed = parsePuzzle(source);
  return parsed.ok ? parsed.value.sat : undefined;
}

/** The inverse of `answer - k`, `answer + k`, `[...answer].reverse()` and `[...answer].reverse().join("")`. */
function inverseOf(
  expression: ts.Expression,
  answer: string,
  answerType: string,
  file: ts.SourceFile,
): ((inner: string) => string) | undefined {
  const isAnswer = (node: ts.Expression) => {
    const bare = unwrap(node);
    return ts.isIdentifier(bare) && bare.text === answer;
  };
  if (
    ts.isBinaryExpression(expression) &&
    isAnswer(expression.left) &&
    ts.isNumericLiteral(unwrap(expression.right))
  ) {
    const k = unwrap(expression.right).getText(file);
    if (expression.operatorToken.kind === ts.SyntaxKind.MinusToken) return (inner) => `${inner} + ${k}`;
    if (expression.operatorToken.kind === ts.SyntaxKind.PlusToken) return (inner) => `${inner} - ${k}`;
    return undefined;
  }
  const reversed = (node: ts.Expression): boolean => {
    node = unwrap(node);
    if (!ts.isCallExpression(node) || node.arguments.length !== 0) return false;
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "reverse") return false;
    const target = unwrap(callee.expression);
    return (
      ts.isArrayLiteralExpression(target) &&
      target.elements.length === 1 &&
      ts.isSpreadElement(target.elements[0]!) &&
      isAnswer(target.elements[0].expression)
    );
  };
  if (reversed(expression)) return (inner) => `[...${inner}].reverse() as ${answerType}`;
  if (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    expression.expression.name.text === "join" &&
    expression.arguments.length === 1 &&
    ts.isStringLiteral(expression.arguments[0]!) &&
    expression.arguments[0].text === "" &&
    reversed(expression.expression.expression)
  ) {
    return (inner) => `[...${inner}].reverse().join("")`;
  }
  return undefined;
}
