// Evaluation of a queue: rows go to the engine in chunks (in a Web Worker in the browser), with
// progress after each chunk and cancel between chunks. The engine never reads the clock: the
// caller gives the as-of date for rows without their own.
import "./worker.js"; // defines globalThis.DisputeQueueWorkerMain, the worker's code, for Blob workers

export const DEFAULT_CHUNK_SIZE = 1000;

/**
 * Evaluates rows (from importCsv: { input, error }) and resolves to one result per row, in order:
 * `{ ok: true, value }` or `{ ok: false, error: { code, field, message } }` where `field` is the
 * row's own field path (no batch index). A row refused at import keeps its import error.
 *
 * Options: `asOf` (for rows without their own), `onProgress({ done, total, offset, results })`
 * after each chunk, `signal` (an AbortSignal: the run stops between chunks and rejects with the
 * signal's reason), `evaluate(items) -> Promise<results>` (default: a worker made by
 * createQueueWorker, ended when the run ends), `chunkSize`.
 */
export async function runQueue(rows, { asOf, onProgress, signal, evaluate, chunkSize = DEFAULT_CHUNK_SIZE, worker } = {}) {
  signal?.throwIfAborted();
  let ownWorker = null;
  if (!evaluate) {
    ownWorker = createQueueWorker(worker);
    evaluate = ownWorker.evaluate;
  }
  const results = new Array(rows.length);
  const pending = []; // indexes of rows that go to the engine
  rows.forEach((row, i) => {
    if (row.error || !row.input) results[i] = { ok: false, error: row.error ?? missingInput() };
    else pending.push(i);
  });
  try {
    let done = rows.length - pending.length;
    for (let start = 0; start < pending.length; start += chunkSize) {
      signal?.throwIfAborted();
      const indexes = pending.slice(start, start + chunkSize);
      const items = indexes.map((i) => withAsOf(rows[i].input, asOf));
      const chunk = await abortable(evaluate(items), signal);
      indexes.forEach((rowIndex, k) => {
        results[rowIndex] = ownField(chunk[k]);
      });
      done += indexes.length;
      onProgress?.({ done, total: rows.length, offset: start, indexes, results: indexes.map((i) => results[i]) });
    }
    if (pending.length === 0) onProgress?.({ done, total: rows.length, offset: 0, indexes: [], results: [] });
    return results;
  } finally {
    ownWorker?.terminate();
  }
}

function missingInput() {
  return { code: "missing_field", field: "", message: "the row has no input" };
}

function withAsOf(input, asOf) {
  return input.asOf || !asOf ? input : { ...input, asOf };
}

// The engine names a batch item's field "[3].dates.shipped"; a row's field is "dates.shipped".
function ownField(result) {
  if (!result || result.ok) return result;
  const field = String(result.error.field ?? "").replace(/^\[\d+\]\.?/, "");
  return { ok: false, error: { ...result.error, field } };
}

function abortable(promise, signal) {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Starts the queue's worker and returns { evaluate(items), ready, terminate }.
 *
 * `mode`: "module" (a module worker from worker.js's URL; the engine is the package's web build,
 * `module` and `wasm` URLs) or "blob" (a classic worker from a Blob URL). In "blob" mode the
 * engine is inlined in the Blob when the page has loaded pkg/queue/worker-global.js (the only way
 * that works from file://), else the classic build at `classic` is loaded with importScripts
 * (http only). The default is "module" over http(s), "blob" elsewhere. A Blob worker needs
 * `worker-src blob:` in the page's CSP. URLs default to the repository's layout (pkg/ beside queue/);
 * `url` is the worker file itself (a bundle that moved this module passes it: pkg/queue/worker.js).
 */
export function createQueueWorker({
  mode = typeof location !== "undefined" && /^https?:$/.test(location.protocol) ? "module" : "blob",
  url = null,
  module = new URL("../pkg/web/index.js", import.meta.url).href,
  wasm = new URL("../pkg/web/dispute_calc_bg.wasm", import.meta.url).href,
  classic = new URL("../pkg/global/dispute-calc.js", import.meta.url).href,
} = {}) {
  if (typeof Worker === "undefined") throw new TypeError("createQueueWorker needs Web Workers; pass runQueue an `evaluate` function instead");
  let worker;
  let blobUrl = null;
  const inlined = typeof globalThis.DisputeQueueWorkerSource === "function";
  if (mode === "blob") {
    // With pkg/queue/worker-global.js loaded, the engine is in the Blob itself (file:// pages).
    const source = inlined ? `(${globalThis.DisputeQueueWorkerSource})();\n` : `(${globalThis.DisputeQueueWorkerMain})(self);\n`;
    blobUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    worker = new Worker(blobUrl);
  } else {
    worker = new Worker(url ?? new URL("./worker.js", import.meta.url), { type: "module" });
  }
  const init = mode !== "blob" ? { module, wasm } : inlined ? {} : { classic };
  return workerEvaluator(worker, init, () => blobUrl && URL.revokeObjectURL(blobUrl));
}

/** Wraps a started queue worker: sends `init`, then one `evaluate` message per call. */
export function workerEvaluator(worker, init, onTerminate) {
  let nextId = 0;
  const waiting = new Map();
  let failure = null;
  let readyResolve, readyReject;
  const ready = new Promise((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  const failAll = (error) => {
    failure = error;
    readyReject(error);
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.onmessage = ({ data }) => {
    if (data.type === "ready") readyResolve();
    else if (data.type === "results") {
      waiting.get(data.id)?.resolve(data.results);
      waiting.delete(data.id);
    } else if (data.type === "failed") {
      const error = new Error(`dispute queue worker: ${data.message}`);
      if (data.id === undefined) failAll(error);
      else {
        waiting.get(data.id)?.reject(error);
        waiting.delete(data.id);
      }
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(new Error(`dispute queue worker: ${event.message || "could not start"}`));
  };
  ready.catch(() => {}); // observed through evaluate
  worker.postMessage({ type: "init", ...init });
  return {
    ready,
    evaluate(items) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: "evaluate", id, items });
      });
    },
    terminate() {
      worker.terminate();
      onTerminate?.();
      failAll(new Error("dispute queue worker: terminated"));
    },
  };
}
