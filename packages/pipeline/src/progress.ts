/** A round's progress as `watch` and `status` show it: per stage done/total, rates, ETA, failures. */

import { groupFailures } from "@puzzleloop/core";
import type { Redis } from "ioredis";
import type { RoundLimits, RoundPlan } from "./jobs.ts";
import { ROUNDS } from "./redis/keys.ts";
import { RoundState } from "./round-state.ts";

export interface StageProgress {
  stage: "generate" | "solve" | "verify" | "persist";
  done: number;
  total: number;
  /** Whether `total` can still grow (puzzles are still being generated). */
  open: boolean;
}

export interface RoundSnapshot {
  id: string;
  kind: RoundPlan["kind"];
  model: string;
  iteration: number;
  status: string;
  /** Why the round failed, once it has. */
  error?: string;
  startedAt?: number;
  finishedAt?: number;
  at: number;
  stages: StageProgress[];
  /** Generated puzzles dropped before solving, by reason. */
  rejected: Record<string, number>;
  /** Solve attempts by verification status. */
  attempts: Record<string, number>;
  puzzlesAccepted: number;
  puzzlesSolved: number;
  calls: { calls: number; promptTokens: number; completionTokens: number; latencyMs: number };
  /** Jobs that failed for good, by stage. */
  failed: Record<string, number>;
  /** Why they failed: stage and message, grouped, most frequent first. */
  failures: { reason: string; count: number }[];
  /** Accepted puzzles whose results will never be stored. */
  puzzlesLost: number;
  /** Completions cut at the round's size limit. */
  truncated: number;
  /** Model calls in flight now, and how long the oldest has waited. */
  waitingOnModel: { calls: number; oldestMs?: number };
  limits: RoundLimits;
}

export async function snapshotRound(redis: Redis, round: string): Promise<RoundSnapshot | undefined> {
  const state = new RoundState(redis, round);
  const plan = await state.plan();
  if (plan === undefined) return undefined;
  const [status, progress, counts, failures, inflight] = await Promise.all([
    state.status(),
    state.progress(),
    state.counts(),
    state.failures(),
    state.inflight(),
  ]);
  const at = Date.now();
  const prefixed = (prefix: string) =>
    Object.fromEntries(
      Object.entries(counts)
        .filter(([k, v]) => k.startsWith(prefix) && v > 0)
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
  const generating = progress.generateJobsDone < plan.generateJobs;
  const stages: StageProgress[] = [
    ...(plan.kind === "generate"
      ? [
          {
            stage: "generate" as const,
            done: progress.generateJobsDone,
            total: plan.generateJobs,
            open: false,
          },
        ]
      : []),
    { stage: "solve", done: progress.solved, total: progress.accepted, open: generating },
    { stage: "verify", done: progress.verified, total: progress.accepted, open: generating },
    ...(plan.kind === "generate"
      ? [{ stage: "persist" as const, done: progress.persisted, total: progress.accepted, open: generating }]
      : []),
  ];
  return {
    id: plan.id,
    kind: plan.kind,
    model: plan.model,
    iteration: plan.iteration,
    status: status.status,
    ...(status.error !== undefined ? { error: status.error } : {}),
    ...(status.startedAt !== undefined ? { startedAt: status.startedAt } : {}),
    ...(status.finishedAt !== undefined ? { finishedAt: status.finishedAt } : {}),
    at,
    stages,
    rejected: prefixed("rejected:"),
    attempts: prefixed("attempt:"),
    puzzlesAccepted: progress.accepted,
    puzzlesSolved: counts["puzzles:solved"] ?? 0,
    calls: {
      calls: counts.calls ?? 0,
      promptTokens: counts.promptTokens ?? 0,
      completionTokens: counts.completionTokens ?? 0,
      latencyMs: counts.latencyMs ?? 0,
    },
    failed: prefixed("failed:"),
    failures: groupFailures(Object.values(failures)),
    puzzlesLost: progress.lost,
    truncated: counts.truncated ?? 0,
    waitingOnModel: {
      calls: inflight.calls,
      ...(inflight.oldestAt !== undefined ? { oldestMs: Math.max(0, at - inflight.oldestAt) } : {}),
    },
    limits: plan.limits,
  };
}

/** Every round Redis knows, newest first. */
export async function listRoundIds(redis: Redis, limit = 20): Promise<string[]> {
  const ids = await redis.lrange(ROUNDS, -limit, -1);
  return [...new Set(ids.reverse())];
}

/** Per-stage rates from two snapshots of the same round, in items per second. */
export function stageRates(
  previous: RoundSnapshot | undefined,
  current: RoundSnapshot,
): Record<string, number> {
  if (previous === undefined || current.at <= previous.at) return {};
  const seconds = (current.at - previous.at) / 1000;
  return Object.fromEntries(
    current.stages.map((s) => [
      s.stage,
      Math.max(0, s.done - (previous.stages.find((p) => p.stage === s.stage)?.done ?? 0)) / seconds,
    ]),
  );
}

/** Plain lines describing a snapshot: readable in a terminal and in a log alike. */
export function formatSnapshot(snapshot: RoundSnapshot, rates: Record<string, number> = {}): string[] {
  const elapsed = ((snapshot.finishedAt ?? snapshot.at) - (snapshot.startedAt ?? snapshot.at)) / 1000;
  const lines = [
    `round ${snapshot.id} (${snapshot.kind}, iteration ${snapshot.iteration}, model ${snapshot.model}): ${snapshot.status}, ${elapsed.toFixed(1)} s`,
  ];
  if (snapshot.status === "failed" && snapshot.error !== undefined)
    lines.push(`  why      ${snapshot.error}`);
  for (const stage of snapshot.stages) {
    const rate = rates[stage.stage];
    const left = stage.total - stage.done;
    const eta =
      rate !== undefined && rate > 0 && left > 0 && !stage.open ? `, ETA ${Math.ceil(left / rate)} s` : "";
    const total = `${stage.total}${stage.open ? "+" : ""}`;
    const unit = stage.stage === "generate" ? "prompts" : "puzzles";
    const rateText = rate !== undefined ? `, ${rate.toFixed(1)}/s` : "";
    lines.push(
      `  ${stage.stage.padEnd(8)} ${bar(stage.done, stage.total)} ${String(stage.done).padStart(5)}/${total} ${unit}${rateText}${eta}`,
    );
  }
  const attempts = Object.values(snapshot.attempts).reduce((a, b) => a + b, 0);
  lines.push(
    `  puzzles  ${snapshot.puzzlesAccepted} accepted, ${snapshot.puzzlesSolved} solved; attempts ${attempts}: ${describe(snapshot.attempts) || "none yet"}`,
  );
  if (Object.keys(snapshot.rejected).length > 0) lines.push(`  rejected ${describe(snapshot.rejected)}`);
  if (snapshot.puzzlesLost > 0)
    lines.push(
      `  lost     ${snapshot.puzzlesLost} puzzle${snapshot.puzzlesLost === 1 ? "" : "s"} (never stored)`,
    );
  if (snapshot.failures.length > 0) {
    const jobs = snapshot.failures.reduce((sum, f) => sum + f.count, 0);
    const reasons = snapshot.failures
      .slice(0, 3)
      .map((f) => (f.count > 1 ? `${f.reason} (x${f.count})` : f.reason))
      .join("; ");
    lines.push(`  failed   ${jobs} job${jobs === 1 ? "" : "s"} for good: ${reasons}`);
  }
  if (snapshot.truncated > 0)
    lines.push(
      `  cut      ${snapshot.truncated} completion${snapshot.truncated === 1 ? "" : "s"} longer than ${snapshot.limits.maxCompletionChars} characters`,
    );
  const waiting = snapshot.waitingOnModel;
  if (waiting.calls > 0 && snapshot.status === "running") {
    const { requestTimeoutMs, httpAttempts } = snapshot.limits;
    lines.push(
      `  waiting  on model: ${waiting.calls} request${waiting.calls === 1 ? "" : "s"} in flight, oldest ${Math.round((waiting.oldestMs ?? 0) / 1000)} s (each gives up after ${httpAttempts} x ${Math.round(requestTimeoutMs / 1000)} s)`,
    );
  }
  const c = snapshot.calls;
  if (c.calls > 0) {
    lines.push(
      `  model    ${c.calls} calls, ${c.promptTokens} prompt + ${c.completionTokens} completion tokens, mean ${Math.round(c.latencyMs / c.calls)} ms`,
    );
  }
  return lines;
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
}

function bar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.min(width, Math.round((done / total) * width));
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}
