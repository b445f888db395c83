// dispute-calc/parallel in Node: worker threads, each with its own instance of the module.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { runParallel } from "./core.mjs";
import { threadAsWorker } from "./thread-worker.mjs";

const script = new URL("./worker-node.mjs", import.meta.url);

function spawn() {
  return threadAsWorker(new Worker(script));
}

export function evaluateDisputesParallel(inputs, options) {
  return runParallel(inputs, options, { spawn, defaultWorkers: availableParallelism() });
}
