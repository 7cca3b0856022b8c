// Test helpers for code that uses models: the scripted OpenAI-compatible server, sample puzzles, the conformance suite.

export { describeModelConformance, type ModelUnderTest } from "./model-conformance.ts";
export {
  type ChatRequestRecord,
  puzzleResponder,
  type Responder,
  reply,
  ScriptedOpenAiServer,
  type ScriptedOpenAiServerOptions,
  type ScriptedReply,
  scripted,
  startOpenAiServer,
} from "./openai-server.ts";
export { SAMPLE_PUZZLES } from "./sample-puzzles.ts";
