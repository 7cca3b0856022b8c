/**
 * HTML by tagged template (Hono's html helper): every value put in is escaped, in text and in quoted
 * attributes alike, unless it is itself the output of `h` (or of `raw`, which nothing here uses on text
 * that is not its own). Puzzle and model text is hostile: it only ever enters as a value.
 */
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Html = HtmlEscapedString;

/** Escaping template tag; synchronous, so that a fragment can be sent as soon as it is made. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const out = html(strings, ...values);
  if (out instanceof Promise) throw new Error("h`` takes no promises: resolve values before rendering");
  return out;
}

/** A number with `digits` decimals, or `-` when there is none. */
export function num(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits);
}

/** A share as a percentage with one decimal, or `-`. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "-"
    : `${(value * 100).toFixed(1)}%`;
}

/** A time as UTC text, or `-`. */
export function time(ms: number | null | undefined): string {
  return ms === null || ms === undefined || !(ms > 0)
    ? "-"
    : new Date(ms)
        .toISOString()
        .replace("T", " ")
        .replace(/\.\d+Z$/, " UTC");
}

/** Seconds as `1 h 02 min`, `3 min 05 s` or `12 s`. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return "-";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}
