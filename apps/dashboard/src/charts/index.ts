/**
 * Charts as inline SVG, drawn here rather than by a charting library: three small kinds (lines, grouped
 * bars, a histogram) need no script in the page, work offline, and every label goes through `h`.
 */
import { type Html, h, percent } from "../html/index.ts";

/** Distinct on white and for the common colour-vision deficiencies (Okabe-Ito, without yellow). */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"];
/** When there are more series than colours, later cycles are dashed so that no two look alike. */
const DASHES = ["", "6 4", "2 3", "10 3 2 3"];

export function colour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

function dash(index: number): string {
  return DASHES[Math.floor(index / PALETTE.length) % DASHES.length]!;
}

/** Coordinates rounded to a tenth of a pixel. */
const px = (value: number) => Math.round(value * 10) / 10;

export interface LineSeries {
  label: string;
  /** One value per x label (a share from 0 to 1), or null for a gap. */
  values: (number | null)[];
}

/** Shares (0 to 1) across ordered x labels, one line per series, with a legend. */
export function lineChart(options: {
  id: string;
  title: string;
  xLabels: string[];
  xTitle: string;
  yTitle: string;
  series: LineSeries[];
}): Html {
  const width = 720;
  const height = 340;
  const m = { left: 64, right: 140, top: 20, bottom: 56 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const n = options.xLabels.length;
  const inset = 24;
  const x = (i: number) =>
    n <= 1 ? m.left + plotW / 2 : m.left + inset + ((plotW - 2 * inset) * i) / (n - 1);
  const y = (v: number) => m.top + plotH * (1 - Math.min(1, Math.max(0, v)));
  const bottom = m.top + plotH;
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (t) =>
      h`<line x1="${m.left}" y1="${px(y(t))}" x2="${m.left + plotW}" y2="${px(y(t))}" stroke="#e3e3e3"/><text x="${m.left - 8}" y="${px(y(t))}" text-anchor="end" dominant-baseline="middle" font-size="12">${t * 100}%</text>`,
  );
  const ticks = options.xLabels.map(
    (label, i) =>
      h`<text class="x-label" x="${px(x(i))}" y="${bottom + 18}" text-anchor="middle" font-size="12">${label}</text>`,
  );
  const lines = options.series.map((s, j) => {
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ v, cx: x(i), cy: y(v), i }]));
    const stroke = colour(j);
    const dashes = dash(j);
    const ly = m.top + 8 + j * 20;
    const lx = m.left + plotW + 18;
    return h`<g class="series" data-series="${s.label}">
<polyline fill="none" stroke="${stroke}" stroke-width="2.2" stroke-dasharray="${dashes || "none"}" points="${points.map((p) => `${px(p.cx)},${px(p.cy)}`).join(" ")}"/>
${points.map((p) => h`<circle cx="${px(p.cx)}" cy="${px(p.cy)}" r="3.8" fill="${stroke}"><title>${s.label}, ${options.xLabels[p.i]}: ${percent(p.v)}</title></circle>`)}
<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${stroke}" stroke-width="2.2" stroke-dasharray="${dashes || "none"}"/>
<text x="${lx + 30}" y="${ly}" dominant-baseline="middle" font-size="13">${s.label}</text>
</g>`;
  });
  return h`<svg id="${options.id}" class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
${grid}
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${bottom}" stroke="#333"/>
<line x1="${m.left}" y1="${bottom}" x2="${m.left + plotW}" y2="${bottom}" stroke="#333"/>
${ticks}
<text x="${px(m.left + plotW / 2)}" y="${height - 12}" text-anchor="middle" font-size="13">${options.xTitle}</text>
<text transform="translate(16 ${px(m.top + plotH / 2)}) rotate(-90)" text-anchor="middle" font-size="13">${options.yTitle}</text>
${lines}
</svg>`;
}

/** Shares (0 to 1) per category as horizontal bars, one bar per series in each category's group. */
export function groupedBars(options: {
  id: string;
  title: string;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  valueTitle: string;
}): Html {
  const bar = 9;
  const gap = 10;
  const groupH = Math.max(1, options.series.length) * bar + gap;
  const m = { left: 150, right: 150, top: 12, bottom: 40 };
  const plotW = 420;
  const width = m.left + plotW + m.right;
  const height = m.top + options.categories.length * groupH + m.bottom;
  const bottom = height - m.bottom;
  const x = (v: number) => m.left + plotW * Math.min(1, Math.max(0, v));
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (t) =>
      h`<line x1="${px(x(t))}" y1="${m.top}" x2="${px(x(t))}" y2="${bottom}" stroke="#e3e3e3"/><text x="${px(x(t))}" y="${bottom + 16}" text-anchor="middle" font-size="11">${t * 100}%</text>`,
  );
  const groups = options.categories.map((category, i) => {
    const top = m.top + i * groupH + gap / 2;
    const bars = options.series.map((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined) return h``;
      return h`<rect class="bar" x="${m.left}" y="${px(top + j * bar)}" width="${px(x(v) - m.left)}" height="${bar - 1}" fill="${colour(j)}"><title>${category}, ${s.label}: ${percent(v)}</title></rect>`;
    });
    return h`<g class="group"><text x="${m.left - 8}" y="${px(top + (groupH - gap) / 2)}" text-anchor="end" dominant-baseline="middle" font-size="12">${category}</text>${bars}</g>`;
  });
  const legend = options.series.map(
    (s, j) =>
      h`<rect x="${m.left + plotW + 20}" y="${m.top + j * 18}" width="14" height="10" fill="${colour(j)}"/><text x="${m.left + plotW + 40}" y="${m.top + j * 18 + 5}" dominant-baseline="middle" font-size="12">${s.label}</text>`,
  );
  return h`<svg id="${options.id}" class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
${grid}
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${bottom}" stroke="#333"/>
${groups}
${legend}
<text x="${px(m.left + plotW / 2)}" y="${height - 6}" text-anchor="middle" font-size="12">${options.valueTitle}</text>
</svg>`;
}

export interface Bucket {
  /** The bucket's label, e.g. `0.2-0.4`. */
  range: string;
  /** Its lower bound; null for the bucket of unknown rates. */
  min: number | null;
  count: number;
  /** The bar's tooltip. */
  note: string;
}

/** Counts per bucket as vertical bars; the label under each bar is the bucket's lower bound. */
export function histogram(options: { title: string; buckets: Bucket[]; xTitle: string }): Html {
  const width = 340;
  const height = 180;
  const m = { left: 40, right: 10, top: 14, bottom: 44 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const most = Math.max(0, ...options.buckets.map((b) => b.count));
  const band = plotW / Math.max(1, options.buckets.length);
  const bottom = m.top + plotH;
  const bars = options.buckets.map((b, i) => {
    const bh = most === 0 ? 0 : (plotH * b.count) / most;
    return h`<rect class="bar" x="${px(m.left + i * band + band * 0.1)}" y="${px(bottom - bh)}" width="${px(band * 0.8)}" height="${px(bh)}" fill="${b.min === null ? "#999" : "#0072B2"}"><title>${b.note}</title></rect><text x="${px(m.left + (i + 0.5) * band)}" y="${bottom + 14}" text-anchor="middle" font-size="10">${b.min === null ? "?" : b.min.toFixed(1)}</text>`;
  });
  return h`<svg class="histogram chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${options.title}">
<title>${options.title}</title>
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${bottom}" stroke="#333"/>
<line x1="${m.left}" y1="${bottom}" x2="${m.left + plotW}" y2="${bottom}" stroke="#333"/>
<text x="${m.left - 6}" y="${bottom}" text-anchor="end" dominant-baseline="middle" font-size="11">0</text>
<text x="${m.left - 6}" y="${m.top}" text-anchor="end" dominant-baseline="middle" font-size="11">${most}</text>
${bars}
<text x="${px(m.left + plotW / 2)}" y="${height - 6}" text-anchor="middle" font-size="12">${options.xTitle}</text>
</svg>`;
}
