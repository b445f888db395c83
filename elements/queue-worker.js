// Where the queue's workers come from, for the ES module build (pkg/element/index.js): module
// workers of dispute-calc/parallel (pkg/parallel/worker-web.mjs, which imports the web build in
// pkg/web/), one per core. runQueue takes this as its `worker` option. The `new Worker(new URL(...,
// import.meta.url))` form is the one bundlers recognise and copy.
export function workerOptions() {
  return { spawn: () => new Worker(new URL("../parallel/worker-web.mjs", import.meta.url), { type: "module" }) };
}
