import init, { evaluateDisputes } from "../web/index.js";
import { decideChunk } from "./core.mjs";

const ready = init();
self.onmessage = async ({ data }) => {
  await ready;
  self.postMessage(decideChunk(evaluateDisputes, data));
};
