// Which declaration each name inside a function refers to, by JavaScript's (strict mode) scope rules.
import ts from "typescript";

/** One declared value: a parameter, variable, function, class or catch variable. */
export interface Binding {
  readonly name: string;
  /**
   * A constructor parameter property (`constructor(public w: number)`) also names a property of the
   * instance, so renaming it would change behaviour.
   */
  readonly fixed: boolean;
}

/** An identifier that names a value, with what it refers to. */
export interface Occurrence {
  id: ts.Identifier;
  /** The binding inside the root function it refers to; undefined for a name from outside (`Math`). */
  binding: Binding | undefined;
}

class Scope {
  readonly names = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | undefined,
    readonly isFunction: boolean,
  ) {}

  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope !== undefined; scope = scope.parent) {
      const found = scope.names.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  functionScope(): Scope {
    let scope: Scope = this;
    while (!scope.isFunction && scope.parent !== undefined) scope = scope.parent;
    return scope;
  }
}

/**
 * Every identifier inside `root` that names a value (declarations and references; not property
 * names, labels or anything inside a type), in source order, each with the binding it refers to.
 * The root's own name is left out: it is declared outside the root.
 */
export function valueOccurrences(root: ts.SignatureDeclaration): Occurrence[] {
  const scopes = new Map<ts.Node, Scope>();
  const declared = new Map<ts.Identifier, Binding>();

  const declare = (scope: Scope, id: ts.Identifier, fixed = false): void => {
    let binding = scope.names.get(id.text);
    if (binding === undefined) {
      binding = { name: id.text, fixed };
      scope.names.set(id.text, binding);
    }
    declared.set(id, binding);
  };
  const declarePattern = (scope: Scope, name: ts.BindingName, fixed = false): void => {
    if (ts.isIdentifier(name)) {
      declare(scope, name, fixed);
      return;
    }
    for (const element of name.elements)
      if (ts.isBindingElement(element)) declarePattern(scope, element.name);
  };

  // First pass: build the scopes and declare every binding, so that hoisted names (`var`, functions,
  // and let/const before their line) are known before any reference is resolved.
  const build = (node: ts.Node, scope: Scope): void => {
    if (skipped(node)) return;
    if (ts.isFunctionLike(node) && hasBody(node)) {
      let outer = scope;
      if (node !== root && node.name !== undefined && ts.isIdentifier(node.name)) {
        if (ts.isFunctionDeclaration(node)) declare(scope, node.name);
        else if (ts.isFunctionExpression(node)) {
          // A named function expression sees its own name, in a scope of its own outside its body.
          outer = new Scope(scope, false);
          declare(outer, node.name);
        }
      }
      const inner = new Scope(outer, true);
      scopes.set(node, inner);
      for (const param of node.parameters) {
        const fixed = ts.isConstructorDeclaration(node) && ts.getModifiers(param) !== undefined;
        declarePattern(inner, param.name, fixed);
      }
      const body = node.body;
      if (body !== undefined && ts.isBlock(body)) scopes.set(body, inner);
      ts.forEachChild(node, (child) => build(child, inner));
      return;
    }
    if (ts.isClassStaticBlockDeclaration(node)) {
      const inner = new Scope(scope, true);
      scopes.set(node, inner);
      scopes.set(node.body, inner);
      ts.forEachChild(node.body, (child) => build(child, inner));
      return;
    }
    if (ts.isClassDeclaration(node) && node.name !== undefined) declare(scope, node.name);
    if (ts.isClassExpression(node) && node.name !== undefined) {
      const inner = new Scope(scope, false);
      scopes.set(node, inner);
      declare(inner, node.name);
      ts.forEachChild(node, (child) => build(child, inner));
      return;
    }
    if (
      (ts.isBlock(node) && !scopes.has(node)) ||
      ts.isForStatement(node) ||
      ts.isForInStatement(node) ||
      ts.isForOfStatement(node) ||
      ts.isCaseBlock(node) ||
      ts.isCatchClause(node)
    ) {
      const inner = new Scope(scope, false);
      scopes.set(node, inner);
      if (ts.isCatchClause(node) && node.variableDeclaration !== undefined) {
        declarePattern(inner, node.variableDeclaration.name);
      }
      ts.forEachChild(node, (child) => build(child, inner));
      return;
    }
    if (ts.isVariableDeclarationList(node)) {
      const blockScoped = (node.flags & ts.NodeFlags.BlockScoped) !== 0;
      for (const declaration of node.declarations) {
        declarePattern(blockScoped ? scope : scope.functionScope(), declaration.name);
      }
    }
    ts.forEachChild(node, (child) => build(child, scope));
  };
  const top = new Scope(undefined, true);
  build(root, top);

  // Second pass: resolve each name, in source order.
  const occurrences: Occurrence[] = [];
  const resolve = (node: ts.Node, scope: Scope): void => {
    if (skipped(node)) return;
    if (ts.isExpressionWithTypeArguments(node)) {
      resolve(node.expression, scope);
      return;
    }
    if (ts.isIdentifier(node)) {
      if (node === root.name || !namesValue(node)) return;
      occurrences.push({ id: node, binding: declared.get(node) ?? scope.lookup(node.text) });
      return;
    }
    const inner = scopes.get(node) ?? scope;
    ts.forEachChild(node, (child) => resolve(child, inner));
  };
  resolve(root, top);
  return occurrences;
}

/** Types are erased before the code runs: nothing inside them names a value. */
function skipped(node: ts.Node): boolean {
  if (ts.isExpressionWithTypeArguments(node)) return false;
  return (
    ts.isTypeNode(node) ||
    ts.isTypeParameterDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node)
  );
}

function hasBody(node: ts.SignatureDeclaration): node is ts.FunctionLikeDeclaration {
  return "body" in node && node.body !== undefined;
}

/** Whether an identifier names a value, rather than a property, a label or a meta property. */
function namesValue(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isMetaProperty(parent)) return parent.name !== id;
  if (ts.isBindingElement(parent)) return parent.propertyName !== id;
  if (ts.isLabeledStatement(parent) || ts.isBreakStatement(parent) || ts.isContinueStatement(parent)) {
    return parent.label !== id;
  }
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isEnumMember(parent)
  ) {
    return parent.name !== id;
  }
  return true;
}
