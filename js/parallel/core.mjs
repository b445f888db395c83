// dispute-calc/parallel: evaluateDisputes split across workers (Web Workers in browsers, worker
// threads in Node). The list is cut into chunks that idle workers take in turn, so a slow chunk
// never holds up the rest, progress is reported per chunk, and the result is the same array, in
// the same order, as evaluateDisputes gives.

/** Chunks small enough for steady progress, large enough that messaging stays cheap. */
function chunkSize(total, workers) {
  return Math.max(250, Math.min(2000, Math.ceil(total / (workers * 8))));
}

function abortError(signal) {
  // (message, name): the form browsers and Node share; the options-bag form is Node's only.
  const error = new DOMException("evaluateDisputesParallel was aborted", "AbortError");
  error.cause = signal.reason;
  return error;
}

/** The Error a worker reported, rebuilt with its name, code and field. */
function rebuild(reported) {
  const error = new Error(reported.message);
  error.name = reported.name;
  if (reported.code !== undefined) error.code = reported.code;
  if (reported.field !== undefined) error.field = reported.field;
  return error;
}

/** An item structured cloning cannot carry (a function, a symbol) is sent as JSON would have it. */
function cloneable(item) {
  try {
    structuredClone(item);
    return item;
  } catch {
    try {
      return JSON.parse(JSON.stringify(item) ?? "null");
    } catch {
      return item; // a BigInt or a cycle: the worker reports it as evaluateDisputes does
    }
  }
}

/**
 * @param inputs the evaluateDispute inputs
 * @param options { text?, workers?, onProgress?, signal?, onChunk? }: `onChunk(start, entries)`
 *   (not in the public declarations) is called before onProgress with each chunk's entries and
 *   its first index, for callers that show results as they come (the queue element).
 * @param host { spawn(): Worker-like, defaultWorkers: number, chunkSize?: number }: the worker
 *   factory (module Web Workers, worker threads, Blob classic workers, or an in-thread stand-in);
 *   `chunkSize` fixes the chunk length instead of deriving it from the list and the workers.
 */
export async function runParallel(inputs, options, host) {
  const { text, workers, onProgress, onChunk, signal } = options ?? {};
  if (signal?.aborted) throw abortError(signal);
  if (!Array.isArray(inputs)) {
    const error = new Error("evaluateDisputesParallel takes an array of evaluateDispute inputs");
    error.name = "DisputeInputError";
    error.code = "invalid_type";
    error.field = "";
    throw error;
  }
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    throw new RangeError("options.workers must be a positive integer");
  }
  const total = inputs.length;
  const results = new Array(total);
  if (total === 0) return results;
  const batchOptions = text === undefined ? undefined : { text };
  const size = host.chunkSize ?? chunkSize(total, workers ?? host.defaultWorkers);
  const chunks = [];
  for (let start = 0; start < total; start += size) chunks.push(start);
  const count = Math.min(workers ?? host.defaultWorkers, chunks.length);

  return new Promise((resolve, reject) => {
    const pool = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      for (const worker of pool) worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = () => finish(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });

    const feed = (worker) => {
      if (next >= chunks.length) return;
      const start = chunks[next++];
      const items = inputs.slice(start, start + size);
      try {
        worker.postMessage({ start, items, options: batchOptions });
      } catch {
        worker.postMessage({ start, items: items.map(cloneable), options: batchOptions });
      }
    };
    for (let i = 0; i < count; i++) {
      let worker;
      try {
        worker = host.spawn();
      } catch (error) {
        return finish(error);
      }
      pool.push(worker);
      worker.onmessage = ({ data }) => {
        if (settled) return;
        if (data.error) return finish(rebuild(data.error));
        const { start } = data;
        // Results come back as JSON text: one string crosses faster than an object graph cloned
        // field by field, and JSON.parse is the fastest way to rebuild it (measured). An
        // in-thread stand-in hands over its entries as they are.
        const entries = data.entries ?? JSON.parse(data.text);
        for (let j = 0; j < entries.length; j++) results[start + j] = entries[j];
        done += entries.length;
        try {
          onChunk?.(start, entries);
          onProgress?.({ done, total });
        } catch (error) {
          return finish(error);
        }
        if (settled) return; // onChunk or onProgress may have aborted
        if (done === total) return finish();
        feed(worker);
      };
      worker.onerror = (event) => {
        event?.preventDefault?.();
        // A worker the page's CSP refuses fires an error event with no message.
        finish(event?.error ?? new Error(`a dispute-calc worker failed: ${event?.message || "it could not start"}`));
      };
      feed(worker);
    }
  });
}

/** The worker side: decide a chunk, renumber its errors' field paths to the whole list, and
 * send the entries back as JSON text. */
export function decideChunk(evaluateDisputes, { start, items, options }) {
  try {
    const entries = evaluateDisputes(items, options);
    if (start > 0) {
      for (const entry of entries) {
        if (!entry.ok) entry.error.field = entry.error.field.replace(/^\[(\d+)\]/, (_, i) => `[${start + Number(i)}]`);
      }
    }
    return { start, text: JSON.stringify(entries) };
  } catch (e) {
    return { error: { name: e?.name ?? "Error", code: e?.code, field: e?.field, message: String(e?.message ?? e) } };
  }
}

/**
 * The source of a classic worker for a Blob URL, where no worker file can load (pages opened from
 * file://): `engineSource` (a script that defines DisputeCalc, the classic build's engine with
 * the wasm inlined) followed by the same chunk protocol as worker-web.mjs.
 */
export function classicWorkerSource(engineSource) {
  return `${engineSource}\n;(${classicWorkerMain})(self, ${decideChunk});\n`;
}

// Runs in the Blob worker, from its source text: no closure, no import.
function classicWorkerMain(scope, decide) {
  var ready = scope.DisputeCalc.ready;
  scope.onmessage = function (event) {
    ready.then(
      function (api) {
        scope.postMessage(decide(api.evaluateDisputes, event.data));
      },
      function (error) {
        scope.postMessage({ error: { name: "Error", message: "the engine could not start: " + String((error && error.message) || error) } });
      },
    );
  };
}
