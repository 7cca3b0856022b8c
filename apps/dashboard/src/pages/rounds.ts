/** The rounds page: the newest rounds live (stages, reasons, model use), and every round in one table. */
import type { Overview, RoundView } from "../data/views.ts";
import { type Html, h, num, time } from "../html/index.ts";
import { page } from "./layout.ts";
import { badge, elapsed, roundFigures, roundLink } from "./parts.ts";

/** Rounds shown in full besides the running ones: the newest that Redis still holds. */
const CARDS = 4;

function card(round: RoundView): Html {
  return h`<section class="card round" data-round="${round.id}">
<h3>${roundLink(round.id)} ${badge(round.status)} <span class="meta">${round.kind}, iteration ${round.iteration}, model <code>${round.model}</code>, ${round.config.puzzles} puzzles asked, ${round.config.attempts} attempts each · ${elapsed(round)}</span></h3>
${roundFigures(round)}
</section>`;
}

function verifiedOf(round: RoundView): string {
  // An evaluation's attempts are counted live only: it stores an evaluation, not attempts.
  const attempts =
    (round.kind === "eval" ? round.live?.attempts : round.stored?.attempts) ?? round.live?.attempts ?? {};
  const all = Object.values(attempts).reduce((a, b) => a + b, 0);
  return `${attempts.verified ?? 0}/${all}`;
}

function table(rounds: readonly RoundView[]): Html {
  const rows = rounds.map((r) => {
    const calls = r.stored !== null && r.stored.calls.calls > 0 ? r.stored.calls : r.live?.calls;
    return h`<tr data-round="${r.id}">
<td>${roundLink(r.id)}</td><td>${badge(r.status)}</td><td>${r.kind}</td><td class="num">${r.iteration}</td><td><code>${r.model}</code></td>
<td class="num">${r.stored?.puzzles ?? r.live?.puzzlesAccepted ?? 0}</td><td class="num">${verifiedOf(r)}</td>
<td class="num">${calls?.calls ?? 0}</td><td class="num">${num(r.cost.tokensPerPair)}</td><td>${time(r.createdAt)}</td><td class="num">${elapsed(r)}</td>
</tr>`;
  });
  return h`<table class="rounds">
<thead><tr><th>round</th><th>status</th><th>kind</th><th class="num">iteration</th><th>model</th><th class="num">puzzles</th><th class="num">verified attempts</th><th class="num">model calls</th><th class="num">tokens per verified pair</th><th>created</th><th class="num">elapsed</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function roundsRegion(overview: Overview): Html {
  if (overview.rounds.length === 0) {
    return h`<p class="empty">No rounds yet: start one with <code>puzzleloop run</code> or <code>puzzleloop round start</code>.</p>`;
  }
  const running = overview.rounds.filter((r) => r.live !== null && r.status === "running");
  const recent = overview.rounds.filter((r) => r.live !== null && r.status !== "running").slice(0, CARDS);
  const cards = [...running, ...recent];
  return h`${cards.length > 0 ? h`<div class="cards">${cards.map(card)}</div>` : ""}
<h2>All rounds</h2>
${table(overview.rounds)}`;
}

/** The part of the page the event stream replaces, by the id of the element that holds it. */
export function roundsLive(overview: Overview): Record<"rounds-live", Html> {
  return { "rounds-live": roundsRegion(overview) };
}

export function roundsPage(overview: Overview): Html {
  return page({
    title: "Rounds",
    section: "rounds",
    events: "/events?view=rounds",
    redis: overview.redis,
    database: overview.database,
    body: h`<h1>Rounds</h1>
<div id="rounds-live" data-live>${roundsRegion(overview)}</div>`,
  });
}
