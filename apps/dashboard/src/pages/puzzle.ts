/** A puzzle's page: its source, every attempt with its status and the sandbox's figures, and its lineage. */
import type { AttemptView, LineageNode, PuzzleDetail } from "../data/views.ts";
import { type Html, h, num, time } from "../html/index.ts";
import { page } from "./layout.ts";
import { badge, puzzleLink, roundLink } from "./parts.ts";

/** Characters of an answer shown in the table; the whole of it is in the attempt's details. */
const ANSWER_CHARS = 80;

function short(text: string | null, chars: number): string {
  if (text === null) return "-";
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

/** What the sandbox knows of an attempt's memory: whether it went over the heap limit. */
function memory(status: string): string {
  if (status === "memory") return "over the heap limit";
  // An invalid text never ran.
  return status === "invalid" ? "-" : "within the limit";
}

function attemptRows(attempts: readonly AttemptView[]): Html {
  if (attempts.length === 0) return h`<p class="empty">No attempt at this puzzle is stored.</p>`;
  const rows = attempts.map(
    (a) => h`<tr data-attempt="${a.id}">
<td class="num">${a.id}</td><td>${badge(a.status)}</td><td class="num">${num(a.solveMs, 1)}</td><td class="num">${num(a.checkMs, 1)}</td>
<td>${memory(a.status)}</td>
<td><code>${short(a.answer, ANSWER_CHARS)}</code></td><td class="error">${a.error ?? ""}</td><td><code>${a.model}</code></td>
</tr>
<tr class="attempt-source"><td></td><td colspan="7"><details><summary>solution${a.answer !== null && a.answer.length > ANSWER_CHARS ? " and whole answer" : ""}</summary>
<pre class="code"><code>${a.solution}</code></pre>
${a.answer !== null && a.answer.length > ANSWER_CHARS ? h`<pre class="code answer"><code>${a.answer}</code></pre>` : ""}
</details></td></tr>`,
  );
  return h`<table class="attempts">
<thead><tr><th class="num">attempt</th><th>status</th><th class="num">sol ms</th><th class="num">sat ms</th><th title="The sandbox records whether an attempt went over the isolate's heap limit, not how much it used">memory</th><th>answer</th><th>error</th><th>model</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function lineageTree(nodes: readonly LineageNode[]): Html {
  const items = nodes.map((n) => {
    const name =
      n.puzzleId === null
        ? h`<code>${n.ref}</code> (not stored)`
        : h`${puzzleLink(n.puzzleId, n.ref)} ${n.origin === "seed" ? "seed" : h`from round ${n.roundId ? roundLink(n.roundId) : "-"}`}`;
    return h`<li>${name}${n.summary ? h` <span class="summary">${n.summary}</span>` : ""}${n.truncated ? h` <span class="note">(its prompt's examples are shown above or not followed further)</span>` : ""}${n.parents.length > 0 ? lineageTree(n.parents) : ""}</li>`;
  });
  return h`<ul class="lineage">${items}</ul>`;
}

export function puzzlePage(p: PuzzleDetail, database: string): Html {
  const verified = p.attempts.filter((a) => a.status === "verified").length;
  return page({
    title: `Puzzle ${p.id}`,
    section: "rounds",
    database,
    body: h`<h1>Puzzle ${p.id} ${p.attempts.length > 0 ? badge(verified > 0 ? "verified" : "unsolved") : ""}</h1>
<table class="facts">
<tr><th>hash</th><td><code>${p.hash}</code></td></tr>
<tr><th>origin</th><td>${p.origin}${p.seedId ? h` <code>${p.seedId}</code>` : ""}</td></tr>
<tr><th>round</th><td>${p.roundId ? roundLink(p.roundId) : "-"}</td></tr>
<tr><th>model</th><td><code>${p.model ?? "-"}</code></td></tr>
<tr><th>answer type</th><td><code>${p.answerType}</code></td></tr>
<tr><th>domain</th><td>${p.domain ?? "-"}</td></tr>
<tr><th>stored</th><td>${time(p.createdAt)}</td></tr>
<tr><th>attempts</th><td>${p.attempts.length}, ${verified} verified</td></tr>
</table>
<h2>Source</h2>
<pre class="code" id="puzzle-source"><code>${p.source}</code></pre>
${p.solution ? h`<h2>Reference solution</h2><pre class="code"><code>${p.solution}</code></pre>` : ""}
<h2>Attempts</h2>
${attemptRows(p.attempts)}
<h2>Lineage</h2>
${p.lineage.length === 0 ? h`<p class="empty">${p.origin === "seed" ? "A seed puzzle of the library." : "Its prompt recorded no few-shot examples."}</p>` : h`<p class="note">The puzzles its prompt showed the model, and theirs in turn, back to the seed library.</p>${lineageTree(p.lineage)}`}`,
  });
}
