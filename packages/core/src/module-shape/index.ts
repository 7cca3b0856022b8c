// Decides whether a source is a self-contained ES module that binds `sat` and `sol` once each.
import { parse } from "@babel/parser";
import { RegExpValidator } from "@eslint-community/regexpp";

/**
 * What the sandbox runs must be exactly the module the text declares. Type stripping and the
 * sandbox's function wrapper are only faithful for modules that pass this check: a valid ES module
 * (duplicate bindings and top-level `return` are errors in module code), with no imports, no
 * top-level `await`, no `arguments` or `import.meta` outside a function, no `exports` (the CommonJS
 * binding the sandbox's wrapper holds), no decorators, no namespace
 * holding runtime code (type strippers drop it), and `sat`/`sol` never exported under another name.
 */
export type ModuleShape = { ok: true } | { ok: false; error: string };

/** The names whose binding decides what runs. */
export const ENTRY_NAMES = ["sat", "sol"] as const;

// biome-ignore lint/suspicious/noExplicitAny: babel's node types are not a dependency; nodes are walked generically.
type Node = any;

const FUNCTION_TYPES = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ObjectMethod",
  "ClassMethod",
  "ClassPrivateMethod",
]);
/** Keys that hold only types: nothing under them runs. */
const TYPE_KEYS = new Set([
  "typeAnnotation",
  "returnType",
  "typeParameters",
  "typeArguments",
  "superTypeParameters",
  "implements",
  "predicate",
]);
const TYPE_ONLY_STATEMENTS = new Set([
  "TSInterfaceDeclaration",
  "TSTypeAliasDeclaration",
  "TSDeclareFunction",
  "TSNamespaceExportDeclaration",
]);

class ShapeError extends Error {}

/**
 * The newest ECMAScript whose syntax every supported Node compiles. Newer Nodes accept more (`using`
 * declarations, RegExp modifiers, duplicate named groups): a text that used it would verify on one
 * host and fail to compile on another, so it is rejected everywhere.
 */
export const SYNTAX_ECMA_VERSION = 2024;

const regExpValidator = new RegExpValidator({ ecmaVersion: SYNTAX_ECMA_VERSION });

/** Checks `source` (TypeScript) against the module rules above; `error` is one line. */
export function checkModuleShape(source: string): ModuleShape {
  let program: Node;
  try {
    program = parse(source, {
      sourceType: "module",
      plugins: ["typescript"],
      errorRecovery: false,
    }).program;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, error: `is not a valid ES module: ${message}` };
  }
  try {
    const bound = new Map<string, number>();
    for (const statement of program.body) checkStatement(statement, bound);
    for (const name of ENTRY_NAMES) {
      if ((bound.get(name) ?? 0) > 1) throw new ShapeError(`binds \`${name}\` more than once`);
    }
    // Where a text holds both functions (a seed file, `verify --puzzle FILE`), a `sat` that calls
    // `sol` accepts whatever the solution under test returns.
    const forbid = bound.has("sat") && bound.has("sol") ? "sol" : undefined;
    for (const statement of program.body) {
      if (isExportList(statement)) continue;
      walk(statement, {
        inFunction: false,
        inAnyFunction: false,
        forbid: declares(statement, "sol") ? undefined : forbid,
      });
    }
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: error.message };
    throw error;
  }
  return { ok: true };
}

function checkStatement(statement: Node, bound: Map<string, number>): void {
  switch (statement.type) {
    case "ImportDeclaration":
      if (!typeOnlyImport(statement)) {
        throw new ShapeError(
          `imports ${JSON.stringify(statement.source.value)}: a puzzle or solution must be self-contained`,
        );
      }
      return;
    case "TSImportEqualsDeclaration":
      if (statement.importKind !== "type") {
        throw new ShapeError("uses `import = require(...)`: a puzzle or solution must be self-contained");
      }
      return;
    case "ExportAllDeclaration":
      if (statement.exportKind !== "type") {
        throw new ShapeError("re-exports another module: a puzzle or solution must be self-contained");
      }
      return;
    case "TSExportAssignment":
      throw new ShapeError("uses `export =`, which an ES module cannot carry");
    case "ExportNamedDeclaration":
      if (statement.exportKind === "type") return;
      if (statement.source != null) {
        throw new ShapeError("re-exports another module: a puzzle or solution must be self-contained");
      }
      for (const specifier of statement.specifiers ?? []) checkExportSpecifier(specifier);
      if (statement.declaration != null) checkStatement(statement.declaration, bound);
      return;
    case "ExportDefaultDeclaration": {
      const declaration = statement.declaration;
      const name = declaration.type === "Identifier" ? declaration.name : declaration.id?.name;
      if (isEntry(name)) throw new ShapeError(`exports \`${name}\` as the default export; export it by name`);
      if (declaration.id != null) count(bound, declaration.id.name);
      return;
    }
    case "TSModuleDeclaration":
      if (!statement.declare && !typeOnlyNamespace(statement)) {
        throw new ShapeError(
          "declares a namespace holding runtime code, which type stripping would drop; use plain declarations",
        );
      }
      return;
    case "FunctionDeclaration":
    case "ClassDeclaration":
    case "TSEnumDeclaration":
      if (!statement.declare && statement.id != null) count(bound, statement.id.name);
      return;
    case "VariableDeclaration":
      if (statement.declare) return;
      for (const declarator of statement.declarations) {
        for (const name of patternNames(declarator.id)) count(bound, name);
      }
      return;
    default:
      return;
  }
}

function checkExportSpecifier(specifier: Node): void {
  if (specifier.exportKind === "type") return;
  const local = specifier.local?.name;
  const exported =
    specifier.exported?.type === "StringLiteral" ? specifier.exported.value : specifier.exported?.name;
  if (local !== exported && (isEntry(local) || isEntry(exported))) {
    throw new ShapeError(
      `exports \`${local}\` as \`${exported}\`: \`sat\` and \`sol\` must be exported under their own names`,
    );
  }
}

function typeOnlyImport(statement: Node): boolean {
  if (statement.importKind === "type") return true;
  const specifiers = statement.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s: Node) => s.importKind === "type");
}

/** A namespace whose body declares only types (interfaces, type aliases, other such namespaces). */
function typeOnlyNamespace(statement: Node): boolean {
  const body = statement.body;
  if (body == null) return true;
  if (body.type === "TSModuleDeclaration") return typeOnlyNamespace(body);
  return body.body.every((inner: Node) => {
    const node =
      inner.type === "ExportNamedDeclaration" && inner.declaration != null ? inner.declaration : inner;
    if (TYPE_ONLY_STATEMENTS.has(node.type) || node.declare) return true;
    return node.type === "TSModuleDeclaration" && typeOnlyNamespace(node);
  });
}

function patternNames(pattern: Node): string[] {
  switch (pattern?.type) {
    case "Identifier":
      return [pattern.name];
    case "ObjectPattern":
      return pattern.properties.flatMap((p: Node) =>
        patternNames(p.type === "RestElement" ? p.argument : p.value),
      );
    case "ArrayPattern":
      return pattern.elements.flatMap((e: Node) => (e == null ? [] : patternNames(e)));
    case "AssignmentPattern":
      return patternNames(pattern.left);
    case "RestElement":
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

function count(bound: Map<string, number>, name: string): void {
  bound.set(name, (bound.get(name) ?? 0) + 1);
}

function isEntry(name: unknown): boolean {
  return name === "sat" || name === "sol";
}

interface Scope {
  /** Inside a function that has its own `arguments` (any but an arrow). */
  inFunction: boolean;
  /** Inside any function, arrows included: `await` there is not top-level. */
  inAnyFunction: boolean;
  /** A name this code must not refer to. */
  forbid: string | undefined;
}

/** `export { a, b }`: names only, checked by `checkExportSpecifier`. */
function isExportList(statement: Node): boolean {
  return statement.type === "ExportNamedDeclaration" && statement.declaration == null;
}

/** Whether a top-level statement is the one that declares `name`. */
function declares(statement: Node, name: string): boolean {
  const node = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
  if (node == null) return false;
  if (node.id?.name === name) return true;
  return (
    node.type === "VariableDeclaration" &&
    node.declarations.some((d: Node) => patternNames(d.id).includes(name))
  );
}

/** Finds what runs differently as a module than as the function body the sandbox compiles. */
function walk(node: Node, scope: Scope): void {
  if (node == null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, scope);
    return;
  }
  if (typeof node.type !== "string" || TYPE_ONLY_STATEMENTS.has(node.type)) return;
  if (node.type === "TSModuleDeclaration" || node.declare === true) return;
  switch (node.type) {
    case "AwaitExpression":
      if (!scope.inAnyFunction) throw new ShapeError("uses top-level `await`, which the sandbox cannot run");
      break;
    case "ForOfStatement":
      if (node.await && !scope.inAnyFunction) {
        throw new ShapeError("uses top-level `for await`, which the sandbox cannot run");
      }
      break;
    case "VariableDeclaration":
      if (node.kind === "using" || node.kind === "await using") {
        throw new ShapeError(
          `uses a \`${node.kind}\` declaration, which not every supported Node compiles: its verdict would depend on the host`,
        );
      }
      break;
    case "RegExpLiteral":
      try {
        regExpValidator.validateLiteral(`/${node.pattern}/${node.flags}`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new ShapeError(
          `has a regular expression that not every supported Node compiles (${message}): its verdict would depend on the host`,
        );
      }
      return;
    case "MetaProperty":
      if (node.meta?.name === "import")
        throw new ShapeError("uses `import.meta`, which the sandbox does not have");
      break;
    case "Decorator":
      throw new ShapeError("uses decorators, which the sandbox does not run");
    case "Identifier":
      if (node.name === "arguments" && !scope.inFunction) {
        throw new ShapeError("uses `arguments` outside a function, which module code does not have");
      }
      if (node.name === "exports") {
        throw new ShapeError(
          "uses the name `exports`, which ES modules do not define and the sandbox reserves",
        );
      }
      if (node.name === scope.forbid) {
        throw new ShapeError(
          `refers to \`${node.name}\` outside its declaration: a puzzle's \`sat\` must not call the solution it checks`,
        );
      }
      return;
    case "MemberExpression":
    case "OptionalMemberExpression":
      walk(node.object, scope);
      if (node.computed) walk(node.property, scope);
      return;
    case "ObjectProperty":
    case "ClassProperty":
    case "ClassAccessorProperty":
      if (node.computed) walk(node.key, scope);
      walk(
        node.value,
        node.type === "ObjectProperty" ? scope : { ...scope, inFunction: true, inAnyFunction: true },
      );
      walk(node.decorators, scope);
      return;
    case "ClassPrivateProperty":
      walk(node.value, { ...scope, inFunction: true, inAnyFunction: true });
      walk(node.decorators, scope);
      return;
    case "TSEnumMember":
      walk(node.initializer, scope);
      return;
    case "StaticBlock":
      walk(node.body, { ...scope, inFunction: true, inAnyFunction: true });
      return;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
      walk(node.body, scope);
      return;
    case "ArrowFunctionExpression":
      scope = { ...scope, inAnyFunction: true };
      break;
    default:
      if (FUNCTION_TYPES.has(node.type)) {
        if (node.computed) walk(node.key, scope);
        walk(node.decorators, scope);
        scope = { ...scope, inFunction: true, inAnyFunction: true };
        walk(node.params, scope);
        walk(node.body, scope);
        return;
      }
  }
  for (const key of Object.keys(node)) {
    if (TYPE_KEYS.has(key) || key === "loc" || key === "leadingComments" || key === "trailingComments")
      continue;
    const child = node[key];
    if (child !== null && typeof child === "object") walk(child, scope);
  }
}
