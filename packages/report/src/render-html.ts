/** The report as one self-contained HTML page: the same tables, pass@k across iterations and difficulty histograms as inline SVG. */
import type { DifficultyBucket } from "@puzzleloop/dataset";
import type { IterationReport, Report } from "./build-report.ts";
import { shownBuckets } from "./format-text.ts";
import { percent, reportSections, type Section } from "./sections.ts";

/** Distinct on white and for the common colour-vision deficiencies (Okabe-Ito, without yellow). */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"];
/** When there are more series than colours, later cycles are dashed so that no two lines look alike. */
const DASHES = ["", "6 4", "2 3", "10 3 2 3"];

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem; max-width: 1200px; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.1rem; margin-top: 2rem; }
p.meta, p.empty { color: #555; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { padding: 0.3rem 0.7rem; border-bottom: 1px solid #ddd; white-space: nowrap; }
th { text-align: left; background: #f4f4f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
svg { display: block; margin: 0.5rem 0; }
svg text { font-family: inherit; fill: #1a1a1a; }
.histograms { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.histograms figure { margin: 0; }
figcaption { font-size: 0.85rem; color: #333; }
`;

/** Escapes text for HTML and SVG, in content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Coordinates rounded to a tenth of a pixel: shorter markup, no visible difference. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function htmlTable(section: Section): string {
  const heading = `<h2>${escapeHtml(section.title)}</h2>`;
  if (section.rows.length === 0) return `${heading}\n<p class="empty">${escapeHtml(section.empty)}</p>`;
  const cls = (align: "left" | "right") => (align === "right" ? ' class="num"' : "");
  const head = section.columns.map((c) => `<th${cls(c.align)}>${escapeHtml(c.header)}</th>`).join("");
  const body = section.rows
    .map(
      (row) =>
        `<tr>${section.columns.map((c, i) => `<td${cls(c.align)}>${escapeHtml(row[i] ?? "")}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `${heading}\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A line per k across iterations, on a 0-100% axis; iterations without an evaluation leave a gap in the x axis. */
export function passAtKChart(report: Report): string {
  const width = 760;
  const height = 380;
  const margin = { left: 70, right: 150, top: 24, bottom: 60 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const its = report.iterations;
  const inset = 28;
  const x = (index: number) =>
    its.length <= 1
      ? margin.left + plotW / 2
      : margin.left + inset + ((plotW - 2 * inset) * index) / (its.length - 1);
  const y = (value: number) => margin.top + plotH * (1 - Math.min(1, Math.max(0, value)));
  const parts: string[] = [];

  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const ty = px(y(tick));
    parts.push(
      `<line x1="${margin.left}" y1="${ty}" x2="${margin.left + plotW}" y2="${ty}" stroke="#e3e3e3" stroke-width="1"/>`,
      `<text x="${margin.left - 8}" y="${ty}" text-anchor="end" dominant-baseline="middle" font-size="12">${tick * 100}%</text>`,
    );
  }
  const bottom = margin.top + plotH;
  parts.push(
    `<line class="axis" x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${bottom}" stroke="#333" stroke-width="1.2"/>`,
    `<line class="axis" x1="${margin.left}" y1="${bottom}" x2="${margin.left + plotW}" y2="${bottom}" stroke="#333" stroke-width="1.2"/>`,
  );
  its.forEach((it, index) => {
    const tx = px(x(index));
    parts.push(
      `<line x1="${tx}" y1="${bottom}" x2="${tx}" y2="${bottom + 5}" stroke="#333" stroke-width="1"/>`,
      `<text class="x-label" x="${tx}" y="${bottom + 20}" text-anchor="middle" font-size="12">${it.id}</text>`,
    );
  });
  parts.push(
    `<text x="${px(margin.left + plotW / 2)}" y="${height - 16}" text-anchor="middle" font-size="13">iteration</text>`,
    `<text transform="translate(18 ${px(margin.top + plotH / 2)}) rotate(-90)" text-anchor="middle" font-size="13">pass@k on the test split</text>`,
  );

  report.ks.forEach((k, j) => {
    const color = PALETTE[j % PALETTE.length]!;
    const dash = DASHES[Math.floor(j / PALETTE.length) % DASHES.length]!;
    const dashAttr = dash === "" ? "" : ` stroke-dasharray="${dash}"`;
    const points = its.flatMap((it, index) => {
      const value = it.evaluation?.passAtK[String(k)];
      return value === undefined ? [] : [{ it, value, cx: x(index), cy: y(value) }];
    });
    parts.push(
      `<polyline class="series" data-k="${k}" fill="none" stroke="${color}" stroke-width="2.2"${dashAttr} points="${points.map((p) => `${px(p.cx)},${px(p.cy)}`).join(" ")}"/>`,
    );
    for (const p of points) {
      parts.push(
        `<circle cx="${px(p.cx)}" cy="${px(p.cy)}" r="3.8" fill="${color}"><title>pass@${k}, iteration ${p.it.id}: ${percent(p.value)}</title></circle>`,
      );
    }
    const ly = margin.top + 8 + j * 20;
    const lx = margin.left + plotW + 20;
    parts.push(
      `<g class="legend-item"><line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="${color}" stroke-width="2.2"${dashAttr}/>`,
      `<circle cx="${lx + 13}" cy="${ly}" r="3.8" fill="${color}"/>`,
      `<text x="${lx + 34}" y="${ly}" dominant-baseline="middle" font-size="13">pass@${k}</text></g>`,
    );
  });

  return [
    `<svg id="pass-at-k-chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="pass@k on the test split across iterations">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

/** Puzzles per solve-rate bucket as bars; the label under each bar is the bucket's lower bound. */
export function histogramChart(histogram: readonly DifficultyBucket[], label: string): string {
  const buckets = shownBuckets(histogram);
  const width = 340;
  const height = 180;
  const margin = { left: 40, right: 10, top: 14, bottom: 44 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const most = Math.max(0, ...buckets.map((b) => b.puzzles));
  const band = plotW / Math.max(1, buckets.length);
  const bottom = margin.top + plotH;
  const parts: string[] = [
    `<line class="axis" x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${bottom}" stroke="#333"/>`,
    `<line class="axis" x1="${margin.left}" y1="${bottom}" x2="${margin.left + plotW}" y2="${bottom}" stroke="#333"/>`,
    `<text x="${margin.left - 6}" y="${bottom}" text-anchor="end" dominant-baseline="middle" font-size="11">0</text>`,
    `<text x="${margin.left - 6}" y="${margin.top}" text-anchor="end" dominant-baseline="middle" font-size="11">${most}</text>`,
    `<text x="${px(margin.left + plotW / 2)}" y="${height - 6}" text-anchor="middle" font-size="12">solve rate</text>`,
  ];
  buckets.forEach((b, i) => {
    const h = most === 0 ? 0 : (plotH * b.puzzles) / most;
    const bx = margin.left + i * band + band * 0.1;
    parts.push(
      `<rect class="bar" x="${px(bx)}" y="${px(bottom - h)}" width="${px(band * 0.8)}" height="${px(h)}" fill="${b.min === null ? "#999" : "#0072B2"}"><title>${escapeHtml(b.range)}: ${b.puzzles} puzzles, ${b.pairs} pairs, ${b.lines} lines</title></rect>`,
      `<text x="${px(margin.left + (i + 0.5) * band)}" y="${bottom + 14}" text-anchor="middle" font-size="10">${b.min === null ? "?" : b.min.toFixed(1)}</text>`,
    );
  });
  return [
    `<svg class="histogram" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}

function histogramFigures(its: readonly IterationReport[]): string {
  const figures = its.flatMap((it) =>
    it.exports
      .filter((x) => x.histogram !== null)
      .map((x) => {
        const caption = `Export ${x.id} of iteration ${it.id} (${x.format}): puzzles per solve-rate bucket`;
        return `<figure>\n${histogramChart(x.histogram!, caption)}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
      }),
  );
  if (figures.length === 0) return '<p class="empty">No export with a difficulty histogram yet.</p>';
  return `<div class="histograms">\n${figures.join("\n")}\n</div>`;
}

/** One HTML page, with no external scripts, fonts or stylesheets. */
export function renderHtmlReport(report: Report): string {
  const current = report.current === null ? "none" : String(report.current);
  const chart =
    report.ks.length === 0
      ? '<p class="empty">No evaluations yet: run <code>puzzleloop eval --model MODEL --split test --attempts K</code>.</p>'
      : passAtKChart(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>puzzleloop report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>puzzleloop report</h1>
<p class="meta">${report.iterations.length} iteration(s), current ${escapeHtml(current)}; written ${escapeHtml(new Date(report.createdAt).toISOString())}</p>
<h2>pass@k on the test split across iterations</h2>
${chart}
${reportSections(report).map(htmlTable).join("\n")}
<h2>Difficulty of each export</h2>
${histogramFigures(report.iterations)}
</body>
</html>
`;
}
