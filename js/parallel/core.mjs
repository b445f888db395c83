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
 * @param options { text?, workers?, onProgress?, signal? }
 * @param host { spawn(): Worker-like, defaultWorkers: number }
 */
export async function runParallel(inputs, options, host) {
  const { text, workers, onProgress, signal } = options ?? {};
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
  const size = chunkSize(total, workers ?? host.defaultWorkers);
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
      const worker = host.spawn();
      pool.push(worker);
      worker.onmessage = ({ data }) => {
        if (settled) return;
        if (data.error) return finish(rebuild(data.error));
        const { start } = data;
        // Results come back as JSON text: one string crosses faster than an object graph cloned
        // field by field, and JSON.parse is the fastest way to rebuild it (measured).
        const entries = JSON.parse(data.text);
        for (let j = 0; j < entries.length; j++) results[start + j] = entries[j];
        done += entries.length;
        try {
          onProgress?.({ done, total });
        } catch (error) {
          return finish(error);
        }
        if (settled) return; // onProgress may have aborted
        if (done === total) return finish();
        feed(worker);
      };
      worker.onerror = (event) => {
        event?.preventDefault?.();
        finish(event?.error ?? new Error(`a dispute-calc worker failed: ${event?.message ?? event}`));
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
