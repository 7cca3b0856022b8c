/** A round's page: its settings, live figures, its puzzles, and the actions the token allows. */
import type { PuzzleRow, RedisView, RoundDetail } from "../data/views.ts";
import { type Html, h, num, percent, time } from "../html/index.ts";
import { page } from "./layout.ts";
import { badge, elapsed, puzzleLink, roundFigures } from "./parts.ts";

export interface RoundPageOptions {
  /** Whether the dashboard has a token, so that actions can be taken here. */
  actions: boolean;
  /** What the last action said, shown above the page. */
  notice?: { ok: boolean; message: string };
}

function puzzleRows(puzzles: readonly PuzzleRow[]): Html {
  if (puzzles.length === 0) return h`<p class="empty">No puzzle of this round is stored yet.</p>`;
  const strength = puzzles.some((p) => p.checkerStrength !== null);
  const similarity = puzzles.some((p) => p.similarity !== null);
  const rows = puzzles.map(
    (p) => h`<tr data-puzzle="${p.id}">
<td>${puzzleLink(p.id, `#${p.id}`)}</td><td class="summary">${p.summary}</td><td><code>${p.answerType}</code></td><td>${p.domain ?? "-"}</td>
<td>${badge(p.status)}</td><td class="num">${p.attempts}</td><td class="num">${p.verified}</td><td class="num">${p.attempts === 0 ? "-" : percent(p.verified / p.attempts)}</td>
${strength ? h`<td class="num">${percent(p.checkerStrength)}</td>` : ""}${similarity ? h`<td class="num">${num(p.similarity, 2)}</td>` : ""}
</tr>`,
  );
  return h`<table class="puzzles">
<thead><tr><th>puzzle</th><th>asks</th><th>answer</th><th>domain</th><th>status</th><th class="num" title="Distinct solution texts: a sample the model wrote twice is stored once">attempts</th><th class="num" title="Distinct verified solutions">verified samples</th><th class="num">solve rate</th>${strength ? h`<th class="num">checker strength</th>` : ""}${similarity ? h`<th class="num">similarity</th>` : ""}</tr></thead>
<tbody>${rows}</tbody>
</table>
${strength || similarity ? "" : h`<p class="note">Checker strength and similarity scores appear here once they are measured.</p>`}`;
}

/** The parts of the page the event stream replaces, by the id of the element that holds each. */
export function roundLive(
  detail: RoundDetail,
): Record<"round-status" | "round-live" | "round-puzzles", Html> {
  return {
    "round-status": badge(detail.round.status),
    "round-live": roundFigures(detail.round),
    "round-puzzles": puzzleRows(detail.puzzles),
  };
}

function actionForms(detail: RoundDetail, options: RoundPageOptions): Html {
  const id = detail.round.id;
  const path = `/rounds/${encodeURIComponent(id)}`;
  if (!options.actions) {
    return h`<p class="note">Read-only: start the dashboard with a token (<code>PUZZLELOOP_DASHBOARD_TOKEN</code> or <code>--token</code>) to cancel or retry from here, or run <code>puzzleloop round cancel ${id}</code>.</p>`;
  }
  if (detail.round.status !== "running") {
    return h`<p class="note">The round is ${detail.round.status}: there is nothing to cancel or retry.</p>`;
  }
  const tokenField = h`<label>token <input type="password" name="token" autocomplete="current-password" required></label>`;
  return h`<div class="actions">
<form method="post" action="${path}/cancel" class="action cancel">${tokenField}<button type="submit">Cancel round</button></form>
<form method="post" action="${path}/retry" class="action retry">${tokenField}<button type="submit"${detail.failedJobs > 0 ? "" : h` disabled`}>Retry ${detail.failedJobs} failed job(s)</button></form>
</div>`;
}

export function roundPage(
  detail: RoundDetail & { redis: RedisView },
  database: string,
  options: RoundPageOptions,
): Html {
  const r = detail.round;
  const c = r.config;
  const id = encodeURIComponent(r.id);
  const live = roundLive(detail);
  const notice = options.notice
    ? h`<p class="notice ${options.notice.ok ? "ok" : "refused"}" role="status">${options.notice.message}</p>`
    : "";
  return page({
    title: `Round ${r.id}`,
    section: "rounds",
    events: `/events?view=round&id=${id}`,
    redis: detail.redis,
    database,
    body: h`${notice}
<h1>Round ${r.id} <span id="round-status" data-live>${live["round-status"]}</span></h1>
<p class="meta">${r.kind} round of iteration ${r.iteration}, model <code>${r.model}</code>: ${c.puzzles} puzzles asked, ${c.attempts} attempts each${c.temperature !== undefined ? `, temperature ${c.temperature}` : ""}${c.fewShot !== undefined ? `, ${c.fewShot} few-shot examples` : ""}${c.seed !== undefined ? `, seed ${c.seed}` : ""}. Created ${time(r.createdAt)}, ran ${elapsed(r)}.</p>
${actionForms(detail, options)}
<div id="round-live" data-live>${live["round-live"]}</div>
<h2>Puzzles</h2>
<div id="round-puzzles" data-live>${live["round-puzzles"]}</div>`,
  });
}
