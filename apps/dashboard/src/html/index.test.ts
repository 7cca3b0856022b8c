import { describe, expect, it } from "vitest";
import { duration, h, num, percent, time } from "./index.ts";

describe("h", () => {
  it("escapes values in text and in attributes", () => {
    const hostile = `<script>alert(1)</script><img src=x onerror="alert('x')">&`;
    const out = h`<p title="${hostile}">${hostile}</p>`.toString();
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
  });

  it("nests fragments without escaping them twice, and lists them", () => {
    const items = ["a<b", "c&d"].map((t) => h`<li>${t}</li>`);
    expect(h`<ul>${items}</ul>`.toString()).toBe("<ul><li>a&lt;b</li><li>c&amp;d</li></ul>");
  });

  it("leaves out null, undefined and false", () => {
    expect(h`<p>${null}${undefined}${false}${0}</p>`.toString()).toBe("<p>0</p>");
  });
});

describe("formats", () => {
  it("shows what is missing as -", () => {
    expect([num(null), percent(undefined), time(null), duration(Number.NaN)]).toEqual(["-", "-", "-", "-"]);
  });

  it("formats numbers, shares, times and durations", () => {
    expect(num(2.345, 1)).toBe("2.3");
    expect(percent(0.1234)).toBe("12.3%");
    expect(time(Date.UTC(2026, 0, 2, 3, 4, 5, 600))).toBe("2026-01-02 03:04:05 UTC");
    expect([duration(12.4), duration(185), duration(3725)]).toEqual(["12 s", "3 min 05 s", "1 h 02 min"]);
  });
});
