/**
 * The sandbox's one-core rate, measured in a process started as the pool starts its children (the
 * sandbox's V8 flags and environment), while the unsandboxed side keeps the host's optimising JIT.
 * Started by index.ts with the workload's name and whether every source is new; sends the rate back.
 */
import type { Job } from "../src/types.ts";
import { Verifier } from "../src/verifier.ts";
import { rate } from "./rate.ts";
import { HEAVY, TRIVIAL } from "./workloads.ts";

const [which, distinctArg] = process.argv.slice(2);
const jobs = which === "heavy" ? HEAVY : TRIVIAL;
const distinct = distinctArg === "distinct";

const verifier = new Verifier();
const result = rate((i) => {
  const job = jobs[i % jobs.length] as Job & { kind: "pair" };
  // A distinct source per job defeats every cache: parse, transpile and compile are paid each time.
  const solution = distinct ? `${job.solution}\n// ${i}` : job.solution;
  const verified = verifier.run({ ...job, solution });
  if (!verified.verified) throw new Error(`benchmark pair not verified: ${verified.error}`);
});
verifier.dispose();
process.send?.(result);
