/**
 * The CLI tells the truth before it does any work: every command with a misspelled flag, a bad value,
 * a dead model URL, a missing token, an unopenable database and no Redis exits with the contract's
 * status and one line naming the problem and the fix, having written nothing and queued nothing.
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, closedPort, fingerprint, oneLine, type Scratch, scratch } from "./harness.ts";

let s: Scratch;
let dead: string;
let noRedis: string;

beforeAll(async () => {
  s = await scratch("honesty");
  dead = `http://127.0.0.1:${await closedPort()}/v1`;
  noRedis = `redis://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await s.close();
});

/** Runs `args` and checks the exit status, the one line, and that nothing was written or queued. */
async function refuses(
  args: string[],
  status: number,
  line: string | RegExp,
  env: Record<string, string> = {},
) {
  const before = fingerprint(s.dir);
  const result = cli(args, { cwd: s.dir, env: { REDIS_URL: s.redis.url, ...env } });
  expect(result.signal, "the command hung").toBeNull();
  expect(result.status, result.stderr).toBe(status);
  if (typeof line === "string") expect(oneLine(result)).toBe(line);
  else expect(oneLine(result)).toMatch(line);
  expect(result.stdout).toBe("");
  expect(fingerprint(s.dir), "a file was written").toBe(before);
  expect(await s.keys(), "something was queued").toEqual([]);
}

const db = () => join(s.dir, "db.sqlite");

describe("a misspelled flag is refused before any work, naming the nearest flag", () => {
  const cases: [string[], string, string][] = [
    [["run", "--puzles", "5"], "--puzles", "--puzzles"],
    [["round", "start", "--modle", "builtin", "--puzzles", "1", "--attempts", "1"], "--modle", "--model"],
    [["round", "list", "--jsn"], "--jsn", "--json"],
    [["verify", "--puzle", "x.ts"], "--puzle", "--puzzle"],
    [["puzzles", "check", "--jsn"], "--jsn", "--json"],
    [["puzzles", "list", "--splt", "test"], "--splt", "--split"],
    [["worker", "--stage", "solve"], "--stage", "--stages"],
    [["watch", "--rund", "r-0-1"], "--rund", "--round"],
    [["status", "--jsn"], "--jsn", "--json"],
    [["export", "--iteration", "0", "--out", "x", "--formt", "raw"], "--formt", "--format"],
    [["eval", "--model", "builtin", "--atempts", "1"], "--atempts", "--attempts"],
    [["iteration", "new", "--model", "builtin", "--trian", "x"], "--trian", "--train"],
    [["iteration", "list", "--jsn"], "--jsn", "--json"],
    [["model", "check", "builtin", "--jsn"], "--jsn", "--json"],
    [["report", "--htm", "r.html"], "--htm", "--html"],
    [["run", "--no-chek"], "--no-chek", "--no-check"],
  ];
  for (const [args, typo, known] of cases) {
    const name = args
      .filter((a) => !a.startsWith("-"))
      .slice(
        0,
        args[0] === "round" || args[0] === "puzzles" || args[0] === "iteration" || args[0] === "model"
          ? 2
          : 1,
      )
      .join(" ");
    it(`puzzleloop ${args.join(" ")}`, async () => {
      await refuses(
        [...args, "--db", db()],
        2,
        `puzzleloop: unknown flag ${typo}: did you mean ${known}? (see \`puzzleloop ${name} --help\`)`,
      );
    });
  }

  it("a flag far from every known one lists the command's flags", async () => {
    await refuses(
      ["round", "cancel", "r-0-1", "--force"],
      2,
      "puzzleloop: unknown flag --force; `puzzleloop round cancel` takes no flags (see `puzzleloop round cancel --help`)",
    );
  });

  it("an unknown command names the nearest command", async () => {
    await refuses(
      ["rn"],
      2,
      'puzzleloop: unknown command "rn" for `puzzleloop`: did you mean run? (see `puzzleloop --help`)',
    );
    await refuses(
      ["round", "stat"],
      2,
      'puzzleloop: unknown command "stat" for `puzzleloop round`: did you mean start? (see `puzzleloop round --help`)',
    );
  });

  it("a word where no argument is expected is refused", async () => {
    await refuses(
      ["run", "5"],
      2,
      'puzzleloop: unexpected argument "5": `puzzleloop run` takes flags only, as --name value (see `puzzleloop run --help`)',
    );
  });
});

describe("a bad value is refused before any work, naming the flag and what it takes", () => {
  const cases: [string[], string][] = [
    [["run", "--format", "bogus"], '--format must be one of chat, completion, raw, got "bogus"'],
    [["run", "--puzzles", "0"], '--puzzles must be a whole number of at least 1, got "0"'],
    [["run", "--temperature", "hot"], '--temperature must be a number from 0 to 2, got "hot"'],
    [["run", "--puzzles"], "--puzzles needs a value (see `puzzleloop run --help`)"],
    [
      ["round", "start", "--model", "builtin", "--puzzles", "1", "--attempts", "two"],
      '--attempts must be a whole number of at least 1, got "two"',
    ],
    [
      ["round", "start", "--puzzles", "1", "--attempts", "1"],
      "--model is required: builtin (the offline baseline), a Hugging Face model id (org/name), or an endpoint URL",
    ],
    [
      ["round", "start", "--model", "nonsense!", "--puzzles", "1", "--attempts", "1"],
      'MODEL "nonsense!" is not "builtin", an http(s) endpoint URL or a Hugging Face model id such as "Qwen/Qwen2.5-Coder-7B-Instruct"',
    ],
    [
      ["worker", "--stages", "gen"],
      '--stages takes a comma-separated list of generate, solve, verify, persist; got "gen"',
    ],
    [
      ["worker", "--concurrency", "solve=x"],
      '--concurrency takes stage=N pairs such as solve=8,verify=2; got "solve=x"',
    ],
    [["watch", "--interval", "0"], '--interval must be a number from 0.1 to 3600, got "0"'],
    [["status", "--json=yes"], '--json takes no value, got "yes" (see `puzzleloop status --help`)'],
    [
      ["export", "--iteration", "-1", "--out", "x"],
      '--iteration must be a whole number of at least 0, got "-1"',
    ],
    [
      ["export", "--iteration", "0", "--out", "x", "--resample"],
      "--resample copies lines by weight: add --weighting inverse-solve-rate",
    ],
    [
      ["export", "--iteration", "0", "--out", "x", "--min-solve-rate", "2"],
      '--min-solve-rate must be a number from 0 to 1, got "2"',
    ],
    [
      ["eval", "--model", "builtin", "--attempts", "1", "--split", "train"],
      '--split must be one of test, got "train"',
    ],
    [
      ["iteration", "new", "--model", "builtin", "--parent", "x"],
      '--parent must be a whole number of at least 0, got "x"',
    ],
    [["puzzles", "list", "--split", "dev"], '--split must be one of train, test, got "dev"'],
    [["report", "--html"], "--html needs a value (see `puzzleloop report --help`)"],
    [["model", "check"], "Missing required positional argument: MODEL (run with --help for usage)"],
  ];
  for (const [args, message] of cases) {
    it(`puzzleloop ${args.join(" ")}`, async () => {
      // Run in the scratch folder: a default database or export written there would show.
      await refuses(args, 2, `puzzleloop: ${message}`);
    });
  }
});

describe("a model that cannot answer is found out before anything is queued", () => {
  const commands = (model: string): string[][] => [
    ["run", "--model", model, "--puzzles", "1", "--attempts", "1"],
    ["round", "start", "--model", model, "--puzzles", "1", "--attempts", "1"],
    ["eval", "--model", model, "--attempts", "1"],
  ];

  it("a dead model URL: exit 2 with the network error, the fix and --no-check", async () => {
    for (const args of commands(dead)) {
      await refuses(
        [...args, "--db", db()],
        2,
        new RegExp(
          `^puzzleloop: model ${literal(dead)} does not answer: network error calling ${literal(dead)}/models: fetch failed.*ECONNREFUSED.*; nothing was queued\\. Fix the model or its URL \\(\`puzzleloop model check ${literal(dead)}\` tries it again\\), or pass --no-check if only the workers can reach it$`,
        ),
      );
    }
  });

  it("`model check` of a dead URL: the work ran and the answer is no (exit 1)", async () => {
    await refuses(
      ["model", "check", dead],
      1,
      new RegExp(
        `^puzzleloop: model ${literal(dead)} does not answer: network error calling ${literal(dead)}/models: fetch failed`,
      ),
    );
  });

  it("a Hugging Face model id without HF_TOKEN: exit 2 naming HF_TOKEN, even with --no-check", async () => {
    const hub = "Qwen/Qwen2.5-Coder-7B-Instruct";
    const line = `puzzleloop: MODEL "${hub}" is a Hugging Face model id and needs an access token: set HF_TOKEN (https://huggingface.co/settings/tokens), or give an endpoint URL or "builtin"`;
    for (const args of [...commands(hub), ["run", "--model", hub, "--no-check"], ["model", "check", hub]]) {
      await refuses(args, 2, line);
    }
  });
});

describe("a database that cannot be opened: one line naming the path and the fix, no hang", () => {
  const fix = "pass --db PATH (or set PUZZLELOOP_DB) to a database file you can write";
  const commands: string[][] = [
    ["run", "--puzzles", "1", "--attempts", "1"],
    ["round", "start", "--model", "builtin", "--puzzles", "1", "--attempts", "1"],
    ["round", "list"],
    ["eval", "--model", "builtin", "--attempts", "1"],
    ["worker"],
    ["status"],
    ["export", "--iteration", "0", "--out", "out"],
    ["report"],
    ["iteration", "new", "--model", "builtin"],
  ];

  it("a folder", async () => {
    const folder = join(s.dir, "a-folder");
    mkdirSync(folder);
    for (const args of commands) {
      await refuses(
        [...args, "--db", folder],
        2,
        `puzzleloop: cannot use the database ${folder}: it is a folder; ${fix}`,
      );
    }
  });

  it("a file that is not a database, named by PUZZLELOOP_DB too", async () => {
    const file = join(s.dir, "notes.txt");
    writeFileSync(file, "not a database\n");
    const line = `puzzleloop: cannot use the database ${file}: it is not a SQLite database (another kind of file is there); ${fix}`;
    for (const args of commands) await refuses([...args, "--db", file], 2, line);
    await refuses(["status"], 2, line, { PUZZLELOOP_DB: file });
  });

  // Root may write anywhere: the read-only cases run without root's power to override permissions.
  function refusesAs(args: string[], line: string) {
    const result = cli(args, { cwd: s.dir, env: { REDIS_URL: s.redis.url }, unprivileged: true });
    expect(result.signal, "the command hung").toBeNull();
    expect(result.status, result.stderr).toBe(2);
    expect(oneLine(result)).toBe(line);
  }

  it("a read-only file", async () => {
    chmodSync(s.dir, 0o755);
    const folder = join(s.dir, "open-folder");
    mkdirSync(folder, { mode: 0o777 });
    chmodSync(folder, 0o777);
    const file = join(folder, "db.sqlite");
    expect(cli(["iteration", "new", "--model", "builtin", "--db", file], { cwd: s.dir }).status).toBe(0);
    chmodSync(file, 0o444);
    const before = fingerprint(s.dir);
    for (const args of commands) {
      refusesAs(
        [...args, "--db", file],
        `puzzleloop: cannot use the database ${file}: the file is read-only; ${fix}`,
      );
    }
    expect(fingerprint(s.dir)).toBe(before);
    expect(await s.keys()).toEqual([]);
  });

  it("a read-only folder, with and without the file", async () => {
    chmodSync(s.dir, 0o755);
    const folder = join(s.dir, "closed-folder");
    mkdirSync(folder);
    const file = join(folder, "db.sqlite");
    expect(cli(["iteration", "new", "--model", "builtin", "--db", file], { cwd: s.dir }).status).toBe(0);
    chmodSync(folder, 0o555);
    const before = fingerprint(s.dir);
    for (const args of commands) {
      refusesAs(
        [...args, "--db", file],
        `puzzleloop: cannot use the database ${file}: its folder ${folder} is read-only; ${fix}`,
      );
    }
    const missing = join(folder, "new.sqlite");
    refusesAs(
      ["iteration", "new", "--model", "builtin", "--db", missing],
      `puzzleloop: cannot use the database ${missing}: the folder ${folder} is read-only; ${fix}`,
    );
    expect(fingerprint(s.dir)).toBe(before);
    chmodSync(folder, 0o755);
  });
});

describe("no Redis", () => {
  const tried = () =>
    `puzzleloop: no Redis answers at ${noRedis} (from REDIS_URL): start Redis there (\`docker compose up -d redis\` serves redis://127.0.0.1:6379)`;

  it("a command that could start a private Redis says REDIS_URL stops it, and how to go on", async () => {
    await refuses(
      ["run", "--puzzles", "1", "--attempts", "1", "--db", db()],
      2,
      `${tried()}, or unset REDIS_URL to let this command start a private redis-server`,
      { REDIS_URL: noRedis },
    );
  });

  it("every command that needs the queues says what it tried and the two ways out", async () => {
    const commands = [
      ["round", "start", "--model", "builtin", "--puzzles", "1", "--attempts", "1", "--db", db()],
      ["eval", "--model", "builtin", "--attempts", "1", "--no-local", "--db", db()],
      ["watch"],
      ["worker", "--db", db()],
      ["round", "cancel", "r-0-1"],
    ];
    for (const args of commands) {
      await refuses(args, 2, `${tried()}, or set REDIS_URL to a Redis that answers`, { REDIS_URL: noRedis });
    }
  });

  it("status and round list show what the database holds", async () => {
    const file = join(s.dir, "held.sqlite");
    expect(cli(["iteration", "new", "--model", "builtin", "--db", file], { cwd: s.dir }).status).toBe(0);
    const status = cli(["status", "--db", file], { cwd: s.dir, env: { REDIS_URL: noRedis } });
    expect(status.status, status.stderr).toBe(0);
    expect(oneLine(status)).toBe(
      `${tried()}, or set REDIS_URL to a Redis that answers; showing what the database holds`,
    );
    expect(status.stdout).toContain(`redis ${noRedis} not answering (queues and live progress unknown)`);
    expect(status.stdout).toContain("iterations: 0 (builtin)");
    const json = JSON.parse(
      cli(["status", "--json", "--db", file], { cwd: s.dir, env: { REDIS_URL: noRedis } }).stdout,
    );
    expect(json.redis).toBe(noRedis);
    expect(json.redisAnswering).toBe(false);
    expect(json.queues).toBeNull();
    const list = cli(["round", "list", "--db", file], { cwd: s.dir, env: { REDIS_URL: noRedis } });
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain("no rounds yet");
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
