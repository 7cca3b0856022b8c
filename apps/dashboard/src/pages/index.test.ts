/** Every page renders hostile text as text, and shows what each view holds. */
import { describe, expect, it } from "vitest";
import type { IterationsView, Overview, PuzzleDetail, RoundDetail, RoundView } from "../data/views.ts";
import { iterationsPage, puzzlePage, roundLive, roundPage, roundsPage } from "./index.ts";

const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;";

/** Markup the page itself did not write: any element or handler from the hostile text. */
function expectInert(html: string) {
  expect(html).not.toContain("<script>alert");
  expect(html).not.toContain("<img src=x");
  expect(html).not.toMatch(/onerror="alert/);
}

const round: RoundView = {
  id: "r-0-1",
  kind: "generate",
  iteration: 0,
  model: HOSTILE,
  status: "running",
  error: HOSTILE,
  createdAt: 1_000,
  config: { puzzles: 10, attempts: 2, temperature: 0.9, fewShot: 4, seed: 1 },
  live: {
    plan: {
      kind: "generate",
      model: HOSTILE,
      iteration: 0,
      createdAt: 1_000,
      config: { puzzles: 10, attempts: 2 },
    },
    status: "running",
    startedAt: 1_000,
    at: 61_000,
    stages: [
      { stage: "generate", done: 3, total: 3, open: false, ratePerS: 0.5, etaS: null, unit: "prompts" },
      { stage: "solve", done: 4, total: 9, open: false, ratePerS: 0.5, etaS: 10, unit: "puzzles" },
    ],
    rejected: [{ reason: "trivial", count: 2, detail: "sat accepts a trivial answer" }],
    failures: [{ reason: `solve: ${HOSTILE}`, count: 3 }],
    attempts: { verified: 5, wrong_answer: 3 },
    puzzlesAccepted: 9,
    puzzlesSolved: 4,
    puzzlesLost: 2,
    truncated: 1,
    waitingOnModel: { calls: 3, oldestMs: 94_000 },
    calls: { calls: 12, errors: null, promptTokens: 1000, completionTokens: 200, latencyMs: 2400 },
  },
  stored: null,
  cost: { verifiedPairs: 5, callsPerPair: 2.4, tokensPerPair: 240 },
};

describe("rounds page", () => {
  const overview: Overview = {
    redis: { url: "redis://127.0.0.1:6379", answering: true },
    database: "/tmp/db.sqlite",
    rounds: [round],
  };
  const html = roundsPage(overview).toString();

  it("shows each stage's progress, rate and ETA, the reasons and the cost per pair", () => {
    expect(html).toMatch(
      /<tr data-stage="solve">[\s\S]*?<progress value="4" max="9">[\s\S]*?<span class="done">4<\/span>\/<span class="total">9<\/span> puzzles[\s\S]*?0\.5\/s[\s\S]*?10 s/,
    );
    expect(html).toContain('<span class="count">2</span> <span class="reason">trivial</span>');
    expect(html).toContain(`<span class="count">3</span> <span class="reason">solve: ${ESCAPED}</span>`);
    expect(html).toContain("12</span> calls, 1000 prompt + 200 completion tokens, mean latency 200 ms");
    expect(html).toContain("per verified pair: 2.40 calls, 240 tokens (5 pairs)");
    expect(html).toContain("2 puzzles lost (never stored)");
    expect(html).toContain("1 completion cut at the round&#39;s size limit");
    expect(html).toContain("on the model: 3 requests in flight, the oldest for 1 min 34 s");
    expect(html).toContain('data-events="/events?view=rounds"');
  });

  it("escapes the model's text", () => {
    expectInert(html);
    expect(html).toContain(ESCAPED);
  });

  it("says when Redis does not answer", () => {
    const away = roundsPage({
      ...overview,
      redis: { url: "redis://x:1", answering: false, error: HOSTILE },
    }).toString();
    expect(away).toContain("Redis at redis://x:1 is not answering");
    expectInert(away);
  });
});

describe("round page", () => {
  const detail: RoundDetail & { redis: Overview["redis"] } = {
    round,
    failedJobs: 3,
    redis: { url: "redis://127.0.0.1:6379", answering: true },
    puzzles: [
      {
        id: 7,
        hash: "h",
        summary: HOSTILE,
        answerType: HOSTILE,
        domain: null,
        attempts: 2,
        verified: 1,
        status: "verified",
        checkerStrength: null,
        similarity: null,
      },
    ],
  };

  it("offers the actions only with a token, each asking for it", () => {
    const armed = roundPage(detail, "/db", { actions: true }).toString();
    expect(armed).toMatch(
      /<form method="post" action="\/rounds\/r-0-1\/cancel"[^>]*><label>token <input type="password" name="token"/,
    );
    expect(armed).toContain("Retry 3 failed job(s)</button>");
    const readOnly = roundPage(detail, "/db", { actions: false }).toString();
    expect(readOnly).not.toContain("<form");
    expect(readOnly).toContain("Read-only");
  });

  it("shows checker strength and similarity columns only once measured", () => {
    expect(roundPage(detail, "/db", { actions: false }).toString()).not.toContain(
      '<th class="num">checker strength',
    );
    const measured = {
      ...detail,
      puzzles: [{ ...detail.puzzles[0]!, checkerStrength: 0.75, similarity: 0.125 }],
    };
    const html = roundPage(measured, "/db", { actions: false }).toString();
    expect(html).toContain('<th class="num">checker strength</th>');
    expect(html).toContain('<td class="num">75.0%</td><td class="num">0.13</td>');
  });

  it("escapes the puzzles' text in the page and in its live regions", () => {
    expectInert(
      roundPage(detail, "/db", { actions: true, notice: { ok: false, message: HOSTILE } }).toString(),
    );
    for (const region of Object.values(roundLive(detail))) expectInert(region.toString());
  });
});

describe("puzzle page", () => {
  const puzzle: PuzzleDetail = {
    id: 7,
    hash: "abc",
    source: `/** ${HOSTILE} */\nexport function sat(s: string) { return s === "${HOSTILE}"; }`,
    solution: null,
    origin: "generated",
    seedId: null,
    roundId: "r-0-1",
    model: HOSTILE,
    answerType: "string",
    domain: null,
    createdAt: 1,
    attempts: [
      {
        id: 1,
        status: "memory",
        solution: HOSTILE,
        answer: JSON.stringify(HOSTILE.repeat(4)),
        error: HOSTILE,
        solveMs: 12.34,
        checkMs: null,
        model: "m",
        createdAt: 1,
      },
    ],
    lineage: [
      {
        ref: "p3",
        puzzleId: 3,
        origin: "generated",
        roundId: "r-0-0",
        summary: HOSTILE,
        parents: [],
        truncated: true,
      },
    ],
  };
  const html = puzzlePage(puzzle, "/db").toString();

  it("shows the source, each attempt with the sandbox's figures, and the lineage", () => {
    expect(html).toContain(`<pre class="code" id="puzzle-source"><code>/** ${ESCAPED} */`);
    expect(html).toMatch(
      /<td class="num">12\.3<\/td><td class="num">-<\/td>\s*<td>over the heap limit<\/td>/,
    );
    expect(html).toContain('<a href="/puzzles/3">p3</a> from round <a href="/rounds/r-0-0">r-0-0</a>');
  });

  it("escapes every text of it", () => {
    expectInert(html);
  });
});

describe("iterations page", () => {
  const view: IterationsView = {
    ks: [1, 10],
    iterations: [0, 1].map((id) => ({
      id,
      model: HOSTILE,
      parent: id === 0 ? null : 0,
      current: id === 1,
      rounds: 1,
      puzzlesRequested: 10,
      puzzlesGenerated: 8,
      puzzlesVerified: 6,
      attempts: 16,
      verifiedAttempts: 9,
      meanSolveRate: 0.5,
      passAtK: { "1": 0.1 + id / 10, "10": 0.3 + id / 10 },
      byDomain: { arrays: { "1": 0.2, "10": 0.5 }, [HOSTILE]: { "10": 0.25 } },
      exports: [
        {
          id: id + 1,
          dir: `/x/${HOSTILE}`,
          format: "chat",
          createdAt: 1,
          puzzles: 6,
          pairs: 6,
          lines: 6,
          histogram: [{ range: "0.0-0.5", min: 0, max: 0.5, puzzles: 6, pairs: 6, lines: 6 }],
          files: ["train.jsonl", HOSTILE],
        },
      ],
    })),
  };
  const html = iterationsPage(view, "/db").toString();

  it("charts pass@k across iterations and per domain, and links each export's files", () => {
    expect(html).toContain('<svg id="pass-at-k" class="chart"');
    expect(html).toContain('<svg id="pass-at-k-by-domain" class="chart"');
    expect(html.match(/<g class="series" data-series="pass@(1|10)">/g)).toHaveLength(2);
    expect(html).toContain('<a href="/exports/2/files/train.jsonl">train.jsonl</a>');
    expect(html).toContain(`<a href="/exports/2/files/${encodeURIComponent(HOSTILE)}">${ESCAPED}</a>`);
  });

  it("escapes every text of it", () => {
    expectInert(html);
  });
});
