/** The web dashboard of puzzleloop: rounds live, their puzzles, iterations and exports, the queues. */
export { isLoopback, MIN_TOKEN_LENGTH } from "./access/index.ts";
export { DashboardError, ListenError, TokenRequiredError, WeakTokenError } from "./errors.ts";
export {
  type DashboardOptions,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningDashboard,
  startDashboard,
} from "./server/index.ts";
