/** The dashboard's pages, rendered on the server from the adapter's views; every text in them is escaped. */
import { type Html, h } from "../html/index.ts";
import { page } from "./layout.ts";

export { iterationsPage } from "./iterations.ts";
export { puzzlePage } from "./puzzle.ts";
export { type RoundPageOptions, roundLive, roundPage } from "./round.ts";
export { roundsLive, roundsPage } from "./rounds.ts";

/** A page saying what is not there and where to look instead. */
export function messagePage(title: string, message: string, database: string): Html {
  return page({
    title,
    section: "none",
    database,
    body: h`<h1>${title}</h1><p class="notice refused" role="status">${message}</p><p><a href="/">All rounds</a></p>`,
  });
}
