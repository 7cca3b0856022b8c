// An answer type's source (`number[]`, `[string, number]`) read into a TypeScript type node.
import ts from "typescript";

/** The type node of `type`, outer parentheses removed; undefined when it is not one type. */
export function typeNode(type: string): ts.TypeNode | undefined {
  const file = ts.createSourceFile(
    "answer.ts",
    `type A = ${type};`,
    ts.ScriptTarget.ESNext,
    true,
    ts.ScriptKind.TS,
  );
  const alias = file.statements[0];
  if (file.statements.length !== 1 || alias === undefined || !ts.isTypeAliasDeclaration(alias))
    return undefined;
  let node = alias.type;
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}
