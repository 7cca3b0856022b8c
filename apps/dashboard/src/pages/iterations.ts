/** The iterations page: pass@k across iterations and per domain, each iteration's figures, its exports and their files. */
import { groupedBars, histogram, lineChart } from "../charts/index.ts";
import type { ExportView, IterationsView, IterationView } from "../data/views.ts";
import { type Html, h, percent, time } from "../html/index.ts";
import { page } from "./layout.ts";

function passAtKChart(view: IterationsView): Html {
  if (view.ks.length === 0) {
    return h`<p class="empty">No evaluation yet: run <code>puzzleloop eval --model MODEL --split test --attempts K</code>.</p>`;
  }
  return lineChart({
    id: "pass-at-k",
    title: "pass@k on the test split across iterations",
    xLabels: view.iterations.map((it) => String(it.id)),
    xTitle: "iteration",
    yTitle: "pass@k on the test split",
    series: view.ks.map((k) => ({
      label: `pass@${k}`,
      values: view.iterations.map((it) => it.passAtK?.[String(k)] ?? null),
    })),
  });
}

/** pass@k per domain at the largest k every evaluated iteration reports. */
function domainChart(view: IterationsView): Html {
  const evaluated = view.iterations.filter((it) => it.byDomain !== null);
  const k = view.ks.at(-1);
  if (evaluated.length === 0 || k === undefined) return h``;
  const domains = [...new Set(evaluated.flatMap((it) => Object.keys(it.byDomain ?? {})))].sort();
  return h`<h2>pass@${k} per domain</h2>
${groupedBars({
  id: "pass-at-k-by-domain",
  title: `pass@${k} per domain on the test split`,
  categories: domains,
  series: evaluated.map((it) => ({
    label: `iteration ${it.id}`,
    values: domains.map((d) => it.byDomain?.[d]?.[String(k)] ?? null),
  })),
  valueTitle: `pass@${k} on the test split`,
})}`;
}

function iterationTable(view: IterationsView): Html {
  const rows = view.iterations.map(
    (it: IterationView) => h`<tr data-iteration="${it.id}">
<td>${it.id}${it.current ? " (current)" : ""}</td><td><code>${it.model}</code></td><td class="num">${it.parent ?? "-"}</td><td class="num">${it.rounds}</td>
<td class="num">${it.puzzlesRequested}</td><td class="num">${it.puzzlesGenerated}</td><td class="num">${it.puzzlesVerified}</td>
<td class="num">${it.verifiedAttempts}/${it.attempts}</td><td class="num">${percent(it.meanSolveRate)}</td>
${view.ks.map((k) => h`<td class="num">${percent(it.passAtK?.[String(k)])}</td>`)}
</tr>`,
  );
  return h`<table class="iterations">
<thead><tr><th>iteration</th><th>model</th><th class="num">parent</th><th class="num">rounds</th><th class="num">puzzles asked</th><th class="num">generated</th><th class="num">verified puzzles</th><th class="num">verified attempts</th><th class="num">mean solve rate</th>${view.ks.map((k) => h`<th class="num">pass@${k}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function exportFigure(it: IterationView, x: ExportView): Html {
  const caption = `Export ${x.id} of iteration ${it.id} (${x.format}): ${x.puzzles} puzzles, ${x.pairs} pairs, ${x.lines} lines`;
  const files = x.files.map(
    (name) => h`<li><a href="/exports/${x.id}/files/${encodeURIComponent(name)}">${name}</a></li>`,
  );
  return h`<figure class="export" data-export="${x.id}">
${
  x.histogram === null
    ? h`<p class="empty">No difficulty histogram recorded.</p>`
    : histogram({
        title: `${caption}: puzzles per solve-rate bucket`,
        xTitle: "solve rate",
        buckets: x.histogram.map((b) => ({
          range: b.range,
          min: b.min,
          count: b.puzzles,
          note: `${b.range}: ${b.puzzles} puzzles, ${b.pairs} pairs, ${b.lines} lines`,
        })),
      })
}
<figcaption>${caption}; written ${time(x.createdAt)} to <code>${x.dir}</code></figcaption>
${files.length > 0 ? h`<ul class="files">${files}</ul>` : h`<p class="note">The folder holds no files now.</p>`}
</figure>`;
}

export function iterationsPage(view: IterationsView, database: string): Html {
  const exports = view.iterations.flatMap((it) => it.exports.map((x) => exportFigure(it, x)));
  return page({
    title: "Iterations",
    section: "iterations",
    database,
    body: h`<h1>Iterations</h1>
<p class="note">The figures of <code>puzzleloop report</code>, from the same database.</p>
${view.iterations.length === 0 ? h`<p class="empty">No iterations yet: start one with <code>puzzleloop run</code>.</p>` : iterationTable(view)}
<h2>pass@k on the test split</h2>
${passAtKChart(view)}
${domainChart(view)}
<h2>Exports and their difficulty</h2>
${exports.length > 0 ? h`<div class="exports">${exports}</div>` : h`<p class="empty">No export yet: <code>puzzleloop export --iteration I --out DIR</code>.</p>`}`,
  });
}
