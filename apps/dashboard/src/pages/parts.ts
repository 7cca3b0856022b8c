/** Fragments several pages share: status badges, a round's stages, reasons, model use. */
import type {
  CallTotals,
  CostPerPair,
  ReasonCount,
  RoundLive,
  RoundStored,
  RoundView,
  StageView,
} from "../data/views.ts";
import { duration, type Html, h, num } from "../html/index.ts";

/** A status as a badge; its class keeps letters and `_` only, whatever the status says. */
export function badge(status: string): Html {
  const cls = status.toLowerCase().replace(/[^a-z_]/g, "");
  return h`<span class="badge status-${cls}">${status}</span>`;
}

export function roundLink(id: string): Html {
  return h`<a href="/rounds/${encodeURIComponent(id)}">${id}</a>`;
}

export function puzzleLink(id: number, text?: string): Html {
  return h`<a href="/puzzles/${id}">${text ?? `puzzle ${id}`}</a>`;
}

function rate(stage: StageView): string {
  return stage.ratePerS === null ? "-" : `${stage.ratePerS.toFixed(1)}/s`;
}

/** Each stage's progress: done of total (`+` while the total can grow), rate and ETA. */
export function stageTable(round: RoundView): Html {
  const live = round.live;
  if (live === null) return h`<p class="empty">Redis no longer holds this round's progress.</p>`;
  const rows = live.stages.map(
    (s) => h`<tr data-stage="${s.stage}">
<th scope="row">${s.stage}</th>
<td class="bar"><progress value="${s.done}" max="${Math.max(1, s.total)}"></progress></td>
<td class="num"><span class="done">${s.done}</span>/<span class="total">${s.total}${s.open ? "+" : ""}</span> ${s.unit}</td>
<td class="num rate">${rate(s)}</td>
<td class="num eta">${s.etaS === null ? "-" : duration(s.etaS)}</td>
</tr>`,
  );
  return h`<table class="stages">
<thead><tr><th>stage</th><th>progress</th><th class="num">done/total</th><th class="num">rate</th><th class="num">ETA</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function reasonList(title: string, reasons: readonly ReasonCount[], cls: string): Html {
  if (reasons.length === 0) return h``;
  const items = reasons.map(
    (r) =>
      h`<li><span class="count">${r.count}</span> <span class="reason">${r.reason}</span>${r.detail ? h` <span class="detail">${r.detail}</span>` : ""}</li>`,
  );
  return h`<div class="reasons ${cls}"><h4>${title}</h4><ul>${items}</ul></div>`;
}

export function callsLine(calls: CallTotals, cost: CostPerPair): Html {
  if (calls.calls === 0) return h`<p class="calls">No model calls yet.</p>`;
  const mean = calls.latencyMs / calls.calls;
  const usage =
    calls.promptTokens + calls.completionTokens > 0
      ? `${calls.promptTokens} prompt + ${calls.completionTokens} completion tokens`
      : "no token usage reported";
  const perPair =
    cost.verifiedPairs === 0
      ? "no verified pair yet"
      : `per verified pair: ${num(cost.callsPerPair, 2)} calls, ${cost.tokensPerPair === null ? "tokens not reported" : `${num(cost.tokensPerPair)} tokens`} (${cost.verifiedPairs} pairs)`;
  return h`<p class="calls"><span class="label">model</span> <span class="model-calls">${calls.calls}</span> calls${calls.errors ? `, ${calls.errors} with errors` : ""}, ${usage}, mean latency ${num(mean)} ms; <span class="cost">${perPair}</span></p>`;
}

/** Attempts by status as `verified 3, wrong_answer 2`. */
export function statusCounts(counts: Readonly<Record<string, number>>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ") || "none yet"
  );
}

/** Elapsed time of a round: to its end, or to the reading while it runs. */
export function elapsed(round: RoundView): string {
  const start = round.live?.startedAt ?? round.stored?.startedAt ?? undefined;
  const end = round.live?.finishedAt ?? round.stored?.finishedAt ?? round.live?.at;
  return start === undefined || start === null || end === undefined || end === null
    ? "-"
    : duration((end - start) / 1000);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What a round lost or cut, and what it waits on now. */
function lossLine(live: RoundLive | null, stored: RoundStored | null): Html {
  const lost = live?.puzzlesLost ?? stored?.lost ?? 0;
  const parts = [
    lost > 0 ? `${plural(lost, "puzzle")} lost (never stored)` : "",
    live && live.truncated > 0 ? `${plural(live.truncated, "completion")} cut at the round's size limit` : "",
  ].filter(Boolean);
  const waiting =
    live?.status === "running" && live.waitingOnModel.calls > 0
      ? `on the model: ${plural(live.waitingOnModel.calls, "request")} in flight, the oldest for ${duration((live.waitingOnModel.oldestMs ?? 0) / 1000)}`
      : "";
  return h`${parts.length > 0 ? h`<p class="lost"><span class="label">lost</span> ${parts.join("; ")}</p>` : ""}${waiting ? h`<p class="waiting"><span class="label">waiting</span> ${waiting}</p>` : ""}`;
}

/** A round's live figures: stages, puzzles and attempts, reasons, model use. */
export function roundFigures(round: RoundView): Html {
  const live = round.live;
  const stored = round.stored;
  const calls = stored !== null && stored.calls.calls > 0 ? stored.calls : live?.calls;
  const failures = live?.failures.length ? live.failures : (stored?.failures ?? []);
  return h`${stageTable(round)}
${
  live
    ? h`<p class="puzzles"><span class="label">puzzles</span> <span class="accepted">${live.puzzlesAccepted}</span> accepted, <span class="solved">${live.puzzlesSolved}</span> solved; attempts: <span class="attempts">${statusCounts(live.attempts)}</span></p>`
    : ""
}
${
  // An evaluation keeps its counts in the evaluation it records, not as puzzles and attempts.
  stored && round.kind !== "eval"
    ? h`<p class="stored"><span class="label">stored</span> ${stored.puzzles} puzzles; attempts: ${statusCounts(stored.attempts)}</p>`
    : ""
}
${lossLine(live, stored)}
${reasonList("Rejected before solving", live?.rejected ?? [], "rejected")}
${reasonList("Failed for good", failures, "failures")}
${calls ? callsLine(calls, round.cost) : ""}
${round.error ? h`<p class="error"><span class="label">why</span> ${round.error}</p>` : ""}`;
}
