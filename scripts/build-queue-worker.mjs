// Writes pkg/queue/worker-global.js: a classic script that defines one global,
// DisputeQueueWorkerSource, a function whose source text is the whole queue worker with the
// engine inlined (the classic build, wasm as base64, then queue/worker.js). A page opened from
// file:// loads it with a script tag and starts the worker from a Blob URL of that text: there a
// worker file cannot load, and a Blob worker cannot importScripts a file:// URL either. The
// function is never called in the page, so the page only parses it.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const engine = readFileSync("pkg/global/dispute-calc.js", "utf8");
const worker = readFileSync("queue/worker.js", "utf8");
mkdirSync("pkg/queue", { recursive: true });
writeFileSync(
  "pkg/queue/worker-global.js",
  `/* dispute-calc queue worker with the engine inlined: new Worker(URL.createObjectURL(new Blob(["(" + DisputeQueueWorkerSource + ")();"]))) */
globalThis.DisputeQueueWorkerSource = function () {
${engine}
${worker}
};
`,
);
