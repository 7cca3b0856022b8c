/** `puzzleloop dashboard`: the web dashboard of the database's rounds, puzzles, iterations and queues, until stopped. */
import { command } from "../command.ts";
import { dbFlag, flag } from "../flags.ts";

/** Where the token comes from when `--token` is not given: a flag would show it to `ps`. */
export const TOKEN_ENV = "PUZZLELOOP_DASHBOARD_TOKEN";

const dashboardFlags = {
  host: flag.string({
    description: "Address to listen on; any but loopback needs a token",
    valueHint: "HOST",
    default: "127.0.0.1",
  }),
  port: flag.int({
    description: "Port to listen on (0 takes a free one)",
    valueHint: "PORT",
    min: 0,
    max: 65535,
    default: 8787,
  }),
  token: flag.string({
    description: `Token that enables the actions (cancel a round, retry failed jobs, the queue board's buttons); default $${TOKEN_ENV}, else none: read-only`,
    valueHint: "TOKEN",
  }),
  interval: flag.number({
    description: "Seconds between live updates of a page (default 1)",
    valueHint: "S",
    min: 0.2,
    max: 60,
  }),
  ...dbFlag,
};

export const dashboardCommand = command({
  meta: {
    name: "dashboard",
    description:
      "Serve a web dashboard: rounds live (stages, rates, ETA, reasons, model use), each round's puzzles and attempts, pass@k and exports per iteration, the queues",
  },
  flags: dashboardFlags,
  async run(v) {
    const token = v.token ?? (process.env[TOKEN_ENV]?.trim() || undefined);
    // Refused before anything is opened: an address others reach, without a token.
    const { checkBind } = await import("@puzzleloop/dashboard/access");
    checkBind(v.host, token);
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db), { mustExist: true });
    try {
      const { findRedis } = await import("../redis.ts");
      const { url: redisUrl } = await findRedis(false);
      const { startDashboard } = await import("@puzzleloop/dashboard");
      const dashboard = await startDashboard({
        store,
        redisUrl,
        host: v.host,
        port: v.port,
        ...(token !== undefined ? { token } : {}),
        ...(v.interval !== undefined ? { intervalMs: v.interval * 1000 } : {}),
      });
      process.stdout.write(
        `dashboard at ${dashboard.url} for ${store.path} (${dashboard.actions ? "actions need the token" : `read-only: set ${TOKEN_ENV} to cancel or retry from it`}); Ctrl-C stops it\n`,
      );
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = () => {
          if (stopping) process.exit(130);
          stopping = true;
          process.stderr.write("Stopping the dashboard.\n");
          void dashboard.close().then(resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    } finally {
      store.close();
    }
  },
});
