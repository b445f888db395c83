// Where the queue's worker and its engine are, for the ES module build (pkg/element/index.js):
// the worker file is pkg/queue/worker.js, the engine the web build in pkg/web/. Over http(s) a
// module worker; elsewhere a Blob worker (see queue/run.js createQueueWorker).
export function workerOptions() {
  const base = import.meta.url;
  return {
    url: new URL("../queue/worker.js", base).href,
    module: new URL("../web/index.js", base).href,
    wasm: new URL("../web/dispute_calc_bg.wasm", base).href,
    classic: new URL("../global/dispute-calc.js", base).href,
  };
}
