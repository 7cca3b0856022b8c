import { describe, expect, it } from "vitest";
import { groupedBars, histogram, lineChart } from "./index.ts";

const hostile = `<script>alert(1)</script>`;

describe("lineChart", () => {
  const svg = lineChart({
    id: "c",
    title: "pass@k",
    xLabels: ["0", "1", "2"],
    xTitle: "iteration",
    yTitle: "share",
    series: [
      { label: "pass@1", values: [0.1, null, 0.3] },
      { label: hostile, values: [0.5, 0.6, 0.7] },
    ],
  }).toString();

  it("draws a point per value and leaves a gap for a missing one", () => {
    expect(svg.match(/<circle /g)).toHaveLength(5);
    const first = /<g class="series" data-series="pass@1">[\s\S]*?points="([^"]*)"/.exec(svg)?.[1];
    expect(first?.split(" ")).toHaveLength(2);
  });

  it("puts 0% at the bottom and 100% at the top of the plot", () => {
    // 0.5 sits halfway between the grid lines of 0% and 100%.
    const y = (label: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}<`).exec(svg)?.[1]);
    const circle = /<circle cx="[\d.]+" cy="([\d.]+)"[^>]*><title>&lt;script/.exec(svg)?.[1];
    expect(Number(circle)).toBeCloseTo((y("0%") + y("100%")) / 2, 0);
  });

  it("escapes its labels", () => {
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("groupedBars", () => {
  it("draws bars in proportion, none for a missing value", () => {
    const svg = groupedBars({
      id: "d",
      title: "domains",
      categories: ["arrays", hostile],
      series: [
        { label: "iteration 0", values: [0.5, null] },
        { label: "iteration 1", values: [1, 0.25] },
      ],
      valueTitle: "pass@10",
    }).toString();
    const widths = [...svg.matchAll(/<rect class="bar" [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([210, 420, 105]);
    expect(svg).not.toContain("<script>");
  });
});

describe("histogram", () => {
  it("scales bars to the largest count and marks the unknown bucket", () => {
    const svg = histogram({
      title: "t",
      xTitle: "solve rate",
      buckets: [
        { range: "0.0-0.5", min: 0, count: 4, note: "4 puzzles" },
        { range: "0.5-1.0", min: 0.5, count: 2, note: hostile },
        { range: "unknown", min: null, count: 0, note: "none" },
      ],
    }).toString();
    const heights = [...svg.matchAll(/<rect class="bar" [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([122, 61, 0]);
    expect(svg).toContain('fill="#999"');
    expect(svg).not.toContain("<script>");
  });
});
