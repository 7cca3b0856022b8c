#!/usr/bin/env node
// Starts the TypeScript CLI through tsx, so the sources run as they are, with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
await main(process.argv.slice(2));
