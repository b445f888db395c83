import init, { evaluateDisputes } from "../web/index.js";
import { decideChunk } from "./core.mjs";

const ready = init();
self.onmessage = async ({ data }) => {
  try {
    await ready;
  } catch (error) {
    // Reported as a chunk's error, so the run fails rather than waits for an answer.
    self.postMessage({ error: { name: "Error", message: `the engine could not start: ${error?.message ?? error}` } });
    return;
  }
  self.postMessage(decideChunk(evaluateDisputes, data));
};
