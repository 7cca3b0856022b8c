import { describe, expect, it } from "vitest";
import { seededRandom } from "../random/index.ts";
import { meanPassAtK, PassAtKError, passAtK, passAtKTable, reportedKs } from "./index.ts";

/** C(n, k) exactly, to check the product form against the definition. */
function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/** 1 - C(n-c, k) / C(n, k), through exact integers scaled to 15 digits. */
function exactPassAtK(n: number, c: number, k: number): number {
  const scale = 10n ** 15n;
  return 1 - Number((binomial(n - c, k) * scale) / binomial(n, k)) / Number(scale);
}

describe("passAtK", () => {
  it("matches hand-computed values", () => {
    expect(passAtK(10, 1, 1)).toBeCloseTo(0.1, 12);
    expect(passAtK(10, 2, 5)).toBeCloseTo(1 - 56 / 252, 12);
    expect(passAtK(4, 1, 2)).toBeCloseTo(0.5, 12);
    expect(passAtK(5, 0, 1)).toBe(0);
    expect(passAtK(5, 0, 5)).toBe(0);
    expect(passAtK(5, 5, 1)).toBe(1);
    expect(passAtK(1, 1, 1)).toBe(1);
  });

  it("is 1 when fewer than k samples are wrong", () => {
    expect(passAtK(10, 6, 5)).toBe(1);
    expect(passAtK(10, 1, 10)).toBe(1);
    expect(passAtK(10, 5, 5)).toBeLessThan(1);
  });

  it("pass@1 is the fraction correct", () => {
    for (let c = 0; c <= 20; c++) expect(passAtK(20, c, 1)).toBeCloseTo(c / 20, 12);
  });

  it("agrees with the binomial definition", () => {
    for (let n = 1; n <= 40; n++) {
      for (let c = 0; c <= n; c++) {
        for (const k of [1, 2, 3, 5, 10, 20, 40]) {
          if (k > n) continue;
          expect(passAtK(n, c, k)).toBeCloseTo(exactPassAtK(n, c, k), 12);
        }
      }
    }
  });

  it("stays finite and in [0, 1] where the binomials overflow", () => {
    const p = passAtK(2000, 3, 100);
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(p).toBeCloseTo(exactPassAtK(2000, 3, 100), 10);
  });

  it("is monotone in k and in c", () => {
    const random = seededRandom(2021);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 200);
      const c = Math.floor(random() * (n + 1));
      const k = 1 + Math.floor(random() * n);
      const p = passAtK(n, c, k);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      if (k < n) expect(passAtK(n, c, k + 1)).toBeGreaterThanOrEqual(p - 1e-12);
      if (c < n) expect(passAtK(n, c + 1, k)).toBeGreaterThanOrEqual(p - 1e-12);
      if (c > 0 && c < n && k <= n - c && p < 1 - 1e-9) {
        // With a correct sample and at least k wrong ones, one more correct sample strictly helps
        // (checked only where the difference is not lost to rounding near 1).
        expect(passAtK(n, c + 1, k)).toBeGreaterThan(p);
      }
    }
  });

  it("rejects counts and k it is not defined for", () => {
    expect(() => passAtK(5, 1, 6)).toThrow(PassAtKError);
    expect(() => passAtK(5, 1, 6)).toThrow(/at least 6 samples/);
    expect(() => passAtK(5, 1, 0)).toThrow(PassAtKError);
    expect(() => passAtK(5, 1, 1.5)).toThrow(PassAtKError);
    expect(() => passAtK(0, 0, 1)).toThrow(PassAtKError);
    expect(() => passAtK(5, 6, 1)).toThrow(PassAtKError);
    expect(() => passAtK(5, -1, 1)).toThrow(PassAtKError);
  });
});

describe("meanPassAtK", () => {
  it("averages over puzzles", () => {
    const counts = [
      { n: 10, c: 1 },
      { n: 10, c: 10 },
      { n: 5, c: 0 },
    ];
    expect(meanPassAtK(counts, 1)).toBeCloseTo((0.1 + 1 + 0) / 3, 12);
    expect(meanPassAtK(counts, 5)).toBeCloseTo((0.5 + 1 + 0) / 3, 12);
  });

  it("needs puzzles, each with at least k samples", () => {
    expect(() => meanPassAtK([], 1)).toThrow(PassAtKError);
    expect(() =>
      meanPassAtK(
        [
          { n: 10, c: 1 },
          { n: 3, c: 1 },
        ],
        5,
      ),
    ).toThrow(/n = 3/);
  });

  it("tabulates each k under its text key", () => {
    const table = passAtKTable([{ n: 10, c: 2 }], [1, 5, 10]);
    expect(Object.keys(table)).toEqual(["1", "5", "10"]);
    expect(table["1"]).toBeCloseTo(0.2, 12);
    expect(table["5"]).toBeCloseTo(1 - 56 / 252, 12);
    expect(table["10"]).toBe(1);
  });
});

describe("reportedKs", () => {
  it("lists 1, 2, 5, 10, 20, 50, ... up to K, then K", () => {
    expect(reportedKs(1)).toEqual([1]);
    expect(reportedKs(2)).toEqual([1, 2]);
    expect(reportedKs(3)).toEqual([1, 2, 3]);
    expect(reportedKs(7)).toEqual([1, 2, 5, 7]);
    expect(reportedKs(10)).toEqual([1, 2, 5, 10]);
    expect(reportedKs(100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(reportedKs(150)).toEqual([1, 2, 5, 10, 20, 50, 100, 150]);
    expect(reportedKs(1000)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  });

  it("rejects a K below 1", () => {
    expect(() => reportedKs(0)).toThrow(PassAtKError);
    expect(() => reportedKs(2.5)).toThrow(PassAtKError);
  });
});
