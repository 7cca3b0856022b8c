/** Failures of a round's jobs in words: grouped by stage and message, most frequent first. */

/** A job that failed for good, as far as its reason goes. */
export interface FailureReason {
  stage: string;
  message: string;
}

/** Reasons shown in a round's error, most frequent first. */
const REASONS_SHOWN = 3;
const REASON_CHARS = 200;

/** Failures grouped by stage and message, most frequent first: `solve: HTTP 500 from ... (x3)`. */
export function groupFailures(failures: readonly FailureReason[]): { reason: string; count: number }[] {
  const groups = new Map<string, number>();
  for (const f of failures) {
    const reason = `${f.stage}: ${f.message.replace(/\s+/g, " ").trim().slice(0, REASON_CHARS)}`;
    groups.set(reason, (groups.get(reason) ?? 0) + 1);
  }
  return [...groups.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The first few reasons, in one line. */
export function describeReasons(failures: readonly FailureReason[]): string {
  const groups = groupFailures(failures);
  const shown = groups
    .slice(0, REASONS_SHOWN)
    .map((g) => (g.count > 1 ? `${g.reason} (x${g.count})` : g.reason));
  const more = groups.length - REASONS_SHOWN;
  return more > 0
    ? `${shown.join("; ")}; and ${more} other reason${more === 1 ? "" : "s"}`
    : shown.join("; ");
}
