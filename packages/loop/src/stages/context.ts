/** What every stage processor works with: Redis, the queues, the models, and (persist only) the store. */
import type { Store } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import type { ModelRegistry } from "../models.ts";
import type { LoopQueues } from "../queues.ts";
import { RoundState } from "../round-state.ts";

export interface StageContext {
  redis: Redis;
  queues: LoopQueues;
  models: ModelRegistry;
  /** Only the persist stage has one: it is the single writer of the database. */
  store?: Store;
  state(round: string): RoundState;
}

export function createContext(parts: Omit<StageContext, "state">): StageContext {
  const states = new Map<string, RoundState>();
  return {
    ...parts,
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
