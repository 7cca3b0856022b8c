/** One definition per flag: its help and citty parsing, and the zod schema that checks its value. */
import type { ArgDef } from "citty";
import { z } from "zod";
import { DEFAULT_DB_WAIT_MS, DEFAULT_ROUND_LIMITS } from "./vocabulary.ts";

/** What citty hands over for one flag: a string (`""` when the value is missing), a boolean, or nothing. */
type Raw = string | boolean | undefined;

export interface Flag<T> {
  /** How citty parses it and `--help` shows it. */
  arg: ArgDef;
  /** Checks the raw value of `--<name>`; every message names the flag and what it takes. */
  schema(name: string): z.ZodType<T, Raw>;
}

/** The value a flag definition gives a command. */
export type FlagValue<F> = F extends Flag<infer T> ? T : never;

interface Help {
  description: string;
  valueHint?: string;
}

/** A string flag's raw value: absent stays undefined, a missing value is an error naming the flag. */
function text(name: string) {
  return z.union([z.string(), z.boolean(), z.undefined()]).transform((value, ctx) => {
    if (value === undefined) return undefined;
    const trimmed = typeof value === "string" ? value.trim() : "";
    if (trimmed === "") {
      ctx.addIssue({ code: "custom", message: `--${name} needs a value` });
      return z.NEVER;
    }
    return trimmed;
  });
}

function stringArg(help: Help, required: boolean, fallback?: string | number): ArgDef {
  const notes = [required ? "(required)" : "", fallback !== undefined ? `(default ${fallback})` : ""];
  return {
    type: "string",
    description: [help.description, ...notes].filter(Boolean).join(" "),
    ...(help.valueHint ? { valueHint: help.valueHint } : {}),
  };
}

/** Makes an optional value required (with `hint` saying what to give) or defaulted. */
function settle<T>(
  name: string,
  value: T | undefined,
  ctx: z.RefinementCtx,
  opts: { required?: boolean; default?: T; hint?: string },
): T | undefined {
  if (value !== undefined) return value;
  if (opts.default !== undefined) return opts.default;
  if (opts.required) {
    ctx.addIssue({ code: "custom", message: `--${name} is required${opts.hint ? `: ${opts.hint}` : ""}` });
    return z.NEVER;
  }
  return undefined;
}

interface ValueOptions<T> extends Help {
  required?: boolean;
  default?: T;
}

type Settled<T, O> = O extends { required: true } ? T : O extends { default: T } ? T : T | undefined;

/** A free string: a path, an id, a repository name. */
function string<const O extends ValueOptions<string>>(o: O): Flag<Settled<string, O>> {
  return {
    arg: stringArg(o, o.required === true, o.default),
    schema: (name) =>
      text(name).transform(
        (v, ctx) => settle(name, v, ctx, { ...o, hint: o.description }) as Settled<string, O>,
      ),
  };
}

interface NumberOptions<T> extends ValueOptions<T> {
  min?: number;
  max?: number;
}

function describeRange(whole: boolean, min?: number, max?: number): string {
  const kind = whole ? "a whole number" : "a number";
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

function numeric<const O extends NumberOptions<number>>(whole: boolean, o: O): Flag<Settled<number, O>> {
  return {
    arg: stringArg(o, o.required === true, o.default),
    schema: (name) =>
      text(name).transform((v, ctx) => {
        if (v === undefined) return settle(name, undefined, ctx, o) as Settled<number, O>;
        const n = Number(v);
        const fits =
          Number.isFinite(n) &&
          (!whole || Number.isSafeInteger(n)) &&
          (o.min === undefined || n >= o.min) &&
          (o.max === undefined || n <= o.max);
        if (!fits) {
          ctx.addIssue({
            code: "custom",
            message: `--${name} must be ${describeRange(whole, o.min, o.max)}, got "${v}"`,
          });
          return z.NEVER;
        }
        return n as Settled<number, O>;
      }),
  };
}

/** One of a fixed set of words. */
function choice<const V extends string, const O extends ValueOptions<V>>(
  values: readonly V[],
  o: O,
): Flag<Settled<V, O>> {
  return {
    arg: stringArg({ valueHint: values.join("|"), ...o }, o.required === true, o.default),
    schema: (name) =>
      text(name).transform((v, ctx) => {
        if (v === undefined) return settle(name, undefined, ctx, o) as Settled<V, O>;
        if (!(values as readonly string[]).includes(v)) {
          ctx.addIssue({
            code: "custom",
            message: `--${name} must be one of ${values.join(", ")}, got "${v}"`,
          });
          return z.NEVER;
        }
        return v as Settled<V, O>;
      }),
  };
}

/** An on/off switch; `--no-<name>` turns off one that defaults to on. */
function boolean(o: Help & { default?: boolean }): Flag<boolean> {
  const fallback = o.default ?? false;
  return {
    arg: { type: "boolean", description: o.description, ...(fallback ? { default: true } : {}) },
    schema: (name) =>
      z.union([z.boolean(), z.string(), z.undefined()]).transform((v, ctx) => {
        if (v === undefined) return fallback;
        if (typeof v === "boolean") return v;
        ctx.addIssue({ code: "custom", message: `--${name} takes no value, got "${v}"` });
        return z.NEVER;
      }),
  };
}

/** A value given by position (`round cancel ID`), not by name. */
function positional<const O extends Help & { required?: boolean }>(o: O): Flag<Settled<string, O>> {
  return {
    arg: {
      type: "positional",
      description: o.description,
      required: o.required === true,
      ...(o.valueHint ? { valueHint: o.valueHint } : {}),
    },
    schema: (name) =>
      z.union([z.string(), z.undefined()]).transform((v, ctx) => {
        const value = v?.trim() || undefined;
        if (value === undefined && o.required) {
          ctx.addIssue({ code: "custom", message: `${name.toUpperCase()} is missing: ${o.description}` });
          return z.NEVER;
        }
        return value as Settled<string, O>;
      }),
  };
}

export const flag = {
  string,
  /** A whole number (`min`/`max` inclusive). */
  int: <const O extends NumberOptions<number>>(o: O) => numeric(true, o),
  /** Any finite number (`min`/`max` inclusive). */
  number: <const O extends NumberOptions<number>>(o: O) => numeric(false, o),
  choice,
  boolean,
  positional,
};

/** The flag every command that reads or writes the database takes. */
export const dbFlag = {
  db: flag.string({
    description: "SQLite database (default $PUZZLELOOP_DB, else .puzzleloop/puzzleloop.db)",
    valueHint: "PATH",
  }),
};

/** What a MODEL string may be, for help texts. */
export const MODEL_HELP =
  "builtin (the offline baseline), a Hugging Face model id (org/name), or an endpoint URL";

/** The flag of commands that can print their result as JSON. */
export const jsonFlag = { json: flag.boolean({ description: "Print JSON" }) };

/** A round's limits: how its jobs and model calls may fail, how big a completion may be, how long its state is kept. */
export const roundLimitFlags = {
  "job-attempts": flag.int({
    description: "Runs of a job before it fails for good; a failed model call is not run again",
    valueHint: "N",
    min: 1,
    max: 100,
    default: DEFAULT_ROUND_LIMITS.jobAttempts,
  }),
  "request-timeout-ms": flag.int({
    description: "Time allowed for one HTTP request to the model",
    valueHint: "MS",
    min: 100,
    default: DEFAULT_ROUND_LIMITS.requestTimeoutMs,
  }),
  "http-attempts": flag.int({
    description: "HTTP requests per model call, the first included, before it fails",
    valueHint: "N",
    min: 1,
    max: 20,
    default: DEFAULT_ROUND_LIMITS.httpAttempts,
  }),
  "max-completion-chars": flag.int({
    description: "Characters kept of one completion; the rest is cut and counted as truncated",
    valueHint: "N",
    min: 1024,
    default: DEFAULT_ROUND_LIMITS.maxCompletionChars,
  }),
  "redis-ttl-s": flag.int({
    description: "Seconds a round's Redis state is kept once it has ended",
    valueHint: "S",
    min: 1,
    default: DEFAULT_ROUND_LIMITS.redisTtlS,
  }),
};

/** The checked limit flags as a round's limits. */
export function roundLimits(v: {
  "job-attempts": number;
  "request-timeout-ms": number;
  "http-attempts": number;
  "max-completion-chars": number;
  "redis-ttl-s": number;
}) {
  return {
    jobAttempts: v["job-attempts"],
    requestTimeoutMs: v["request-timeout-ms"],
    httpAttempts: v["http-attempts"],
    maxCompletionChars: v["max-completion-chars"],
    redisTtlS: v["redis-ttl-s"],
  };
}

/** How long the persist stage of workers in this process waits out a database another process has locked. */
export const dbWaitFlag = {
  "db-wait-ms": flag.int({
    description:
      "How long the persist stage waits for a database another process has locked before that work fails for good",
    valueHint: "MS",
    min: 0,
    default: DEFAULT_DB_WAIT_MS,
  }),
};
