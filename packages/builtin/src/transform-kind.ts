// The program transformations the built-in model derives puzzles with, and the doc-comment line that names one.

export const TRANSFORM_KINDS = ["new-defaults", "body-edit", "conjunction", "composition"] as const;

/**
 * `new-defaults`: other parameter defaults; `body-edit`: a constant or comparison changed in the body;
 * `conjunction`: two puzzles with the same answer type at once; `composition`: a puzzle asked of a simple
 * transform of the answer.
 */
export type TransformKind = (typeof TRANSFORM_KINDS)[number];

const MARKER = /Derived \(builtin (new-defaults|body-edit|conjunction|composition)\)/;

/** The line a derived puzzle's doc comment carries: which transformation made it, from what, and how. */
export function derivationLine(kind: TransformKind, what: string): string {
  return `Derived (builtin ${kind}) ${what}`;
}

/** Whether a line is a derivation line (dropped when a derived puzzle is derived again). */
export function isDerivationLine(line: string): boolean {
  return MARKER.test(line);
}

/** The transformation named in a puzzle source's doc comment, when the built-in model wrote it. */
export function derivationOf(source: string): TransformKind | undefined {
  return (source.match(MARKER)?.[1] as TransformKind | undefined) ?? undefined;
}
