// Where the queue's workers come from, for the ES module build (pkg/element/index.js): module
// workers of dispute-calc/parallel (pkg/parallel/worker-web.mjs, which imports the web build in
// pkg/web/), one per core. runQueue takes this as its `worker` option.
export function workerOptions() {
  const script = new URL("../parallel/worker-web.mjs", import.meta.url);
  return { spawn: () => new Worker(script, { type: "module" }) };
}
