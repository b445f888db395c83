import { parentPort } from "node:worker_threads";
import { createRequire } from "node:module";
import { decideChunk } from "./core.mjs";

const { evaluateDisputes } = createRequire(import.meta.url)("../node/index.cjs");
parentPort.on("message", (chunk) => parentPort.postMessage(decideChunk(evaluateDisputes, chunk)));
