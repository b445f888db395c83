// Where the queue's worker gets its engine, for the classic-script build (pkg/global/dispute-calc.js,
// pages opened from disk): always a Blob worker. With pkg/queue/worker-global.js loaded first the
// engine is inlined in the Blob (the only way from file://); over http the worker imports this
// very script (the classic build) by its URL.
const SCRIPT = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : null;

export function workerOptions() {
  const inlined = typeof globalThis.DisputeQueueWorkerSource === "function";
  const http = typeof location !== "undefined" && /^https?:$/.test(location.protocol);
  return { mode: "blob", url: null, module: null, wasm: null, classic: !inlined && http ? SCRIPT : null };
}
