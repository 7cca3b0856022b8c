/** What every stage processor works with: Redis, the queues, the models, and (persist only) the store. */
import type { Store } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import type { ModelRegistry } from "../models.ts";
import type { LoopQueues } from "../queues.ts";
import { RoundState } from "../round-state.ts";
import { DatabaseWait, type DatabaseWaitOptions } from "./database-wait.ts";

export interface StageContext {
  redis: Redis;
  queues: LoopQueues;
  models: ModelRegistry;
  /** Only the persist stage has one: it is the single writer of the database. */
  store?: Store;
  state(round: string): RoundState;
  /** Aborted when the workers stop: model calls in flight give up, and their jobs go back to the queue. */
  signal: AbortSignal;
  /** The persist stage's patience with a database another process has locked. */
  database: DatabaseWait;
  /** One line for the operator. */
  log(line: string): void;
}

export interface ContextParts {
  redis: Redis;
  queues: LoopQueues;
  models: ModelRegistry;
  store?: Store;
  signal: AbortSignal;
  database: Partial<DatabaseWaitOptions>;
  log(line: string): void;
}

export function createContext(parts: ContextParts): StageContext {
  const states = new Map<string, RoundState>();
  const { database, ...rest } = parts;
  return {
    ...rest,
    database: new DatabaseWait(database, parts.log),
    state(round) {
      let state = states.get(round);
      if (state === undefined) {
        state = new RoundState(parts.redis, round);
        states.set(round, state);
      }
      return state;
    },
  };
}
