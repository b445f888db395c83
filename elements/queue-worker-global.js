// Where the queue's workers come from, for the classic-script build (pkg/global/dispute-calc.js,
// pages opened from disk, where no worker file and no module can load): classic workers from a
// Blob URL whose text is this very build's engine (DisputeCalc.engineSource, the wasm inlined)
// and dispute-calc/parallel's chunk protocol. They import nothing. The page's CSP needs
// `worker-src blob:`. runQueue takes this as its `worker` option and calls close() after the run.
import { classicWorkerSource } from "../js/parallel/core.mjs";

export function workerOptions() {
  let url = null;
  return {
    spawn() {
      url ??= URL.createObjectURL(new Blob([classicWorkerSource(globalThis.DisputeCalc.engineSource)], { type: "text/javascript" }));
      return new Worker(url);
    },
    close() {
      if (url) URL.revokeObjectURL(url);
      url = null;
    },
  };
}
