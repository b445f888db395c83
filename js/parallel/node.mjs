// dispute-calc/parallel in Node: worker threads, each with its own instance of the module.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { runParallel } from "./core.mjs";

const script = new URL("./worker-node.mjs", import.meta.url);

/** Web-Worker-like handlers on a worker thread, so one core serves both hosts. */
function spawn() {
  const thread = new Worker(script);
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => thread.postMessage(message),
    terminate: () => thread.terminate(),
  };
  thread.on("message", (data) => worker.onmessage?.({ data }));
  thread.on("error", (error) => worker.onerror?.({ error }));
  return worker;
}

export function evaluateDisputesParallel(inputs, options) {
  return runParallel(inputs, options, { spawn, defaultWorkers: availableParallelism() });
}
