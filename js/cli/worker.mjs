// A worker thread of `dispute-calc evaluate`: its own instance of the engine; chunks of lines in,
// output text out (jsonl.mjs), one message each way per chunk.
import { parentPort } from "node:worker_threads";
import { evaluateDisputes } from "dispute-calc";
import { evaluateLines } from "./jsonl.mjs";

parentPort.on("message", ({ id, lines, firstLine, options }) => {
  try {
    parentPort.postMessage({ id, text: evaluateLines(evaluateDisputes, lines, firstLine, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
