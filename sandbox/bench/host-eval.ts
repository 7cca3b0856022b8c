/** Unsandboxed evaluation in the host, the physical limit the sandbox is measured against. */
import { strip } from "../src/transpile.ts";
import type { Job } from "../src/types.ts";

type Module = (exports: object) => [((x: unknown) => unknown) | undefined, (() => unknown) | undefined];

/** Compiles each pair once, like the sandbox's caches, and evaluates it afresh for every job. */
export function hostRunner(jobs: Job[]): (index: number) => boolean {
  const compile = (source: string): Module => {
    const stripped = strip(source);
    if (!stripped.ok) throw new Error(stripped.error);
    return new Function(
      "exports",
      `"use strict";${stripped.code}\n;return [typeof sat === "function" ? sat : undefined, typeof sol === "function" ? sol : undefined];`,
    ) as Module;
  };
  const compiled = jobs.map((job) => ({
    puzzle: compile(job.puzzle),
    solution: job.kind === "pair" ? compile(job.solution) : undefined,
  }));
  return (index) => {
    const pair = compiled[index % compiled.length];
    const sol = pair?.solution?.({})[1];
    const sat = pair?.puzzle({})[0];
    if (!sol || !sat) return false;
    return sat(JSON.parse(JSON.stringify(sol()))) === true;
  };
}
