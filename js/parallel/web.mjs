// dispute-calc/parallel in browsers: module Web Workers, each with its own instance of the module.
import { runParallel } from "./core.mjs";

function spawn() {
  return new Worker(new URL("./worker-web.mjs", import.meta.url), { type: "module" });
}

export function evaluateDisputesParallel(inputs, options) {
  const cores = globalThis.navigator?.hardwareConcurrency;
  return runParallel(inputs, options, { spawn, defaultWorkers: Number.isInteger(cores) && cores > 0 ? cores : 4 });
}
