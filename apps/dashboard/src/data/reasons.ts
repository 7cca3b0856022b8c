/** Reasons and summaries as the pages show them: rejection codes with what they mean, a puzzle's first line. */
import type { ReasonCount } from "./views.ts";

/** What each rejection code of the generate stage means. */
const REJECTIONS: Record<string, string> = {
  no_code: "the completion held no code block",
  parse: "not a puzzle module: it does not parse, or lacks a proper sat",
  duplicate: "the same puzzle (in normal form) was seen before, in this round or an earlier one",
  size: "over the source size limit",
  signature: "sat's signature is not one a puzzle may have",
  nondeterministic: "two runs of the same pair gave different results",
  trivial: "sat accepts a trivial answer (empty, zero, ...)",
  reference: "the reference solution does not verify, or is too slow",
};

/** Rejection counts, most frequent first, each with what its code means. */
export function rejections(counts: Readonly<Record<string, number>>): ReasonCount[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([reason, count]) => ({
      reason,
      count,
      ...(REJECTIONS[reason] !== undefined ? { detail: REJECTIONS[reason] } : {}),
    }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

const SUMMARY_CHARS = 160;

/** The first line of a puzzle's doc comment, or of its code when it has none. */
export function puzzleSummary(source: string): string {
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  const text = doc ?? source;
  const line =
    text
      .split("\n")
      .map((l) => l.replace(/^\s*\*?\s?/, "").trim())
      .find((l) => l !== "") ?? "";
  return line.length > SUMMARY_CHARS ? `${line.slice(0, SUMMARY_CHARS - 1)}…` : line;
}
