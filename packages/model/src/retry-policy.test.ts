// Retry decisions, delays, Retry-After parsing and the retry loop with its timeout.

import { describe, expect, it } from "vitest";
import { ModelHttpError, ModelNetworkError, ModelResponseError, ModelTimeoutError } from "./errors.ts";
import {
  DEFAULT_RETRY_OPTIONS,
  isRetryable,
  parseRetryAfter,
  resolveRetryOptions,
  retryDelayMs,
  withRetry,
} from "./retry-policy.ts";

const http = (status: number, retryAfterMs?: number) =>
  new ModelHttpError(status, "http://x", "", retryAfterMs);
const fast = (overrides: Partial<typeof DEFAULT_RETRY_OPTIONS> = {}) =>
  resolveRetryOptions({ baseDelayMs: 1, maxDelayMs: 20, timeoutMs: 1_000, ...overrides });

describe("isRetryable", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries HTTP %i", (status) => {
    expect(isRetryable(http(status))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 422])("does not retry HTTP %i", (status) => {
    expect(isRetryable(http(status))).toBe(false);
  });

  it("retries timeouts and network errors, not malformed responses or unknown errors", () => {
    expect(isRetryable(new ModelTimeoutError(5))).toBe(true);
    expect(isRetryable(new ModelNetworkError("http://x", { cause: new Error("reset") }))).toBe(true);
    expect(isRetryable(new ModelResponseError("bad"))).toBe(false);
    expect(isRetryable(new TypeError("bug"))).toBe(false);
  });
});

describe("retryDelayMs", () => {
  const options = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.5 });

  it("doubles with each attempt, with half of it jittered", () => {
    expect(retryDelayMs(1, http(500), options)).toBe(75);
    expect(retryDelayMs(2, http(500), options)).toBe(150);
    expect(retryDelayMs(3, http(500), options)).toBe(300);
    expect(retryDelayMs(1, http(500), { ...options, random: () => 0 })).toBe(50);
    expect(retryDelayMs(1, http(500), { ...options, random: () => 0.999999 })).toBeCloseTo(100, 3);
  });

  it("caps the backoff at maxDelayMs", () => {
    expect(retryDelayMs(10, http(500), { ...options, random: () => 0.999999 })).toBeLessThanOrEqual(1_000);
    expect(retryDelayMs(10, http(500), options)).toBe(750);
  });

  it("follows Retry-After, capped at maxDelayMs", () => {
    expect(retryDelayMs(1, http(429, 400), options)).toBe(400);
    expect(retryDelayMs(1, http(429, 0), options)).toBe(0);
    expect(retryDelayMs(1, http(429, 3_600_000), options)).toBe(1_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");

  it("reads seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1_500);
  });

  it("reads an HTTP date, and a date in the past as no wait", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:59:00 GMT", now)).toBe(0);
  });

  it.each([null, undefined, "", "soon", "-5", "12abc"])("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("resolveRetryOptions", () => {
  it("applies defaults and ignores undefined fields", () => {
    expect(resolveRetryOptions({ maxAttempts: undefined, timeoutMs: 5 })).toEqual({
      ...DEFAULT_RETRY_OPTIONS,
      timeoutMs: 5,
    });
  });

  it.each([{ maxAttempts: 0 }, { maxAttempts: 1.5 }, { timeoutMs: -1 }, { maxDelayMs: Number.NaN }])(
    "refuses %j",
    (options) => {
      expect(() => resolveRetryOptions(options)).toThrow(RangeError);
    },
  );
});

describe("withRetry", () => {
  it("retries retryable errors until success, numbering the attempts", async () => {
    const seen: number[] = [];
    const result = await withRetry(async (_signal, attempt) => {
      seen.push(attempt);
      if (attempt < 3) throw http(503);
      return "ok";
    }, fast());
    expect(result).toBe("ok");
    expect(seen).toEqual([1, 2, 3]);
  });

  it("throws the last error after maxAttempts", async () => {
    let calls = 0;
    const failure = withRetry(
      async () => {
        calls++;
        throw http(500);
      },
      fast({ maxAttempts: 3 }),
    );
    await expect(failure).rejects.toMatchObject({ name: "ModelHttpError", status: 500 });
    expect(calls).toBe(3);
  });

  it("does not retry an error that is not retryable", async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw http(400);
      }, fast()),
    ).rejects.toMatchObject({ status: 400 });
    expect(calls).toBe(1);
  });

  it("aborts a slow attempt at timeoutMs and reports a ModelTimeoutError", async () => {
    const started = Date.now();
    let calls = 0;
    const slow = withRetry(
      (signal) => {
        calls++;
        return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      },
      fast({ timeoutMs: 50, maxAttempts: 2 }),
    );
    await expect(slow).rejects.toBeInstanceOf(ModelTimeoutError);
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("stops at once with the caller's reason when the caller aborts, even mid-backoff", async () => {
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        setTimeout(() => controller.abort(reason), 10);
        throw http(503);
      },
      fast({ baseDelayMs: 10_000, maxDelayMs: 10_000 }),
      controller.signal,
    );
    const started = Date.now();
    await expect(run).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toBe(1);
  });

  it("waits the Retry-After delay between attempts", async () => {
    const times: number[] = [];
    await withRetry(
      async (_signal, attempt) => {
        times.push(Date.now());
        if (attempt === 1) throw http(429, 120);
        return "ok";
      },
      fast({ maxDelayMs: 5_000 }),
    );
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(115);
  });
});
