/** The normalised hash of a solution: equal for solutions that differ only in presentation. */
import { normalizeFunction, parseSolution, type SatFunction, sha256 } from "@puzzleloop/core";

/**
 * The hash of `sol`'s normal form (no types, comments or layout; locals renamed), so that two
 * spellings of one solution count once. Top-level helpers beside `sol` take part with their
 * whitespace collapsed; a source that does not parse is hashed with its whitespace collapsed.
 */
export function solutionHash(source: string): string {
  const parsed = parseSolution(source);
  if (!parsed.ok) return sha256(collapseWhitespace(source));
  // normalizeFunction reads only the parts `sat` and `sol` share (parameters, body, form), so it
  // normalises a `sol` as well; the core names only puzzles in its types.
  const normal = normalizeFunction(parsed.value.sol as unknown as SatFunction);
  if (!normal.ok) return sha256(collapseWhitespace(source));
  const { extras } = parsed.value;
  if (extras.length === 0) return normal.value.hash;
  return sha256([normal.value.normal, ...extras.map(collapseWhitespace)].join("\n"));
}

function collapseWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}
