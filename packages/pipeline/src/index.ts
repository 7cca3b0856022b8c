/** The generation pipeline: queues, workers, rounds and their stages, evaluation runs and their progress. */

export { ensureDuplicateGuard } from "./duplicate-guard.ts";
export { answeredAny, summarizeEvaluation } from "./evaluation.ts";
export {
  type AttemptRow,
  type GenerateJob,
  InvalidJobError,
  type JobFailure,
  type PersistJob,
  type RoundLimits,
  type RoundPlan,
  type SolveJob,
  type VerifyJob,
} from "./jobs.ts";
export { ModelRegistry, type ModelRegistryOptions, seedLibrary } from "./models.ts";
export { reportLine, setOperatorLog } from "./operator-log.ts";
export {
  formatSnapshot,
  listRoundIds,
  type RoundSnapshot,
  type StageProgress,
  snapshotRound,
  stageRates,
} from "./progress.ts";
export {
  attemptsJobId,
  finishJobId,
  generateJobId,
  LoopQueues,
  persistQueueName,
  type QueueOptions,
  STAGES,
  type Stage,
  solveJobId,
  verifyJobId,
} from "./queues.ts";
export {
  connect,
  DEFAULT_REDIS_URL,
  pingRedis,
  RedisUnavailableError,
  redisUrl,
} from "./redis/connection.ts";
export { displayUrl, isConnectionError, RedisHealth, redisHealth } from "./redis/health.ts";
export {
  type EvalOptions,
  RoundError,
  type RoundErrorCode,
  type RoundErrorFields,
  type RoundOptions,
  startEvaluation,
  startRound,
} from "./round.ts";
export { cancelRound, isCancelled, queuedJobs, stageWorkers } from "./round-control.ts";
export {
  DEFAULT_ROUND_LIMITS,
  modelCallBoundMs,
  RoundLimitError,
  resolveRoundLimits,
} from "./round-limits.ts";
export type { RoundOutcome } from "./round-outcome.ts";
export { type Claim, type RoundProgress, RoundState } from "./round-state.ts";
export { JOBS_GONE, RoundSupervisor } from "./round-supervisor.ts";
export { closeLostRound, lostStateMessage, storedOf } from "./stages/close-round.ts";
export { DatabaseLockedError, DEFAULT_DATABASE_WAIT, isDatabaseLocked } from "./stages/database-wait.ts";
export { DEFAULT_CONCURRENCY, type RunningWorkers, startWorkers, type WorkerOptions } from "./worker.ts";
