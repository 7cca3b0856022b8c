/** The frame of every page: title, navigation, the stylesheet and the one script, both served by the dashboard. */
import type { RedisView } from "../data/views.ts";
import { type Html, h } from "../html/index.ts";

export type Section = "rounds" | "iterations" | "queues" | "none";

export interface PageOptions {
  title: string;
  section: Section;
  body: Html;
  /** The event stream that keeps the page's live parts current, if it has any. */
  events?: string;
  redis?: RedisView;
  database: string;
}

function navLink(href: string, label: string, active: boolean): Html {
  return active ? h`<a href="${href}" aria-current="page">${label}</a>` : h`<a href="${href}">${label}</a>`;
}

function redisNote(redis: RedisView | undefined): Html {
  if (redis === undefined || redis.answering) return h``;
  return h`<p class="banner" role="alert">Redis at ${redis.url} is not answering (${redis.error ?? "no answer"}): live progress and actions are unavailable; what the database holds is shown.</p>`;
}

export function page(options: PageOptions): Html {
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · puzzleloop</title>
<link rel="stylesheet" href="/assets/dashboard.css">
<script src="/assets/live.js" defer></script>
</head>
<body${options.events ? h` data-events="${options.events}"` : ""}>
<header>
<span class="brand">puzzleloop</span>
<nav>${navLink("/", "Rounds", options.section === "rounds")}${navLink("/iterations", "Iterations", options.section === "iterations")}${navLink("/queues/", "Queues", options.section === "queues")}</nav>
${options.events ? h`<span id="live-state" class="live-state" aria-live="polite">connecting</span>` : ""}
</header>
<main>
${redisNote(options.redis)}
${options.body}
</main>
<footer>database ${options.database}${options.redis ? h` · Redis ${options.redis.url}` : ""}</footer>
</body>
</html>`;
}
