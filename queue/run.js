// Evaluation of a queue: the rows go to dispute-calc/parallel's pool (js/parallel/core.mjs), which
// cuts them into chunks, hands them to as many Web Workers as there are cores, reports each chunk
// and stops on an AbortSignal. This module only turns rows into inputs and results back into rows.
// The engine never reads the clock: the caller gives the as-of date for rows without their own.
import { runParallel } from "../js/parallel/core.mjs";

/** The chunk length when runQueue is given an `evaluate` function (one chunk per call). */
export const DEFAULT_CHUNK_SIZE = 1000;

/**
 * Evaluates rows (from importCsv: { input, error }) and resolves to one result per row, in order:
 * `{ ok: true, value }` or `{ ok: false, error: { code, field, message } }` where `field` is the
 * row's own field path (no batch index). A row refused at import keeps its import error.
 *
 * Options:
 * - `asOf`: the date for rows without their own;
 * - `onProgress({ done, total, offset, indexes, results })` after each chunk: `indexes` are the
 *   chunk's row indexes and `results` their results (chunks may finish out of order when several
 *   workers run; `done` only grows);
 * - `signal`: an AbortSignal; the run stops at once, ends its workers and rejects with the
 *   signal's reason;
 * - `worker`: where the workers come from, `{ spawn(): Worker, workers?, close?() }` or a function
 *   returning it (what elements/queue-worker.js exports as `workerOptions`); the default is module
 *   workers from the package's pkg/parallel/worker-web.mjs, one per core;
 * - `evaluate(items) -> Promise<results>`: evaluate in this thread instead (tests, hosts without
 *   workers), `chunkSize` items per call.
 */
export async function runQueue(rows, { asOf, onProgress, signal, worker, evaluate, chunkSize } = {}) {
  signal?.throwIfAborted();
  const total = rows.length;
  const results = new Array(total);
  const pending = []; // indexes of rows that go to the engine
  rows.forEach((row, i) => {
    if (row.error || !row.input) results[i] = { ok: false, error: row.error ?? missingInput() };
    else pending.push(i);
  });
  let done = total - pending.length;
  if (pending.length === 0) {
    onProgress?.({ done, total, offset: 0, indexes: [], results: [] });
    return results;
  }
  const source = evaluate ? null : workerSource(worker);
  const host = source ? workerHost(source, chunkSize) : inThreadHost(evaluate, chunkSize ?? DEFAULT_CHUNK_SIZE);
  const inputs = pending.map((i) => withAsOf(rows[i].input, asOf));
  try {
    await runParallel(
      inputs,
      {
        text: false,
        signal,
        onChunk(start, entries) {
          const indexes = pending.slice(start, start + entries.length);
          const chunk = indexes.map((rowIndex, k) => (results[rowIndex] = ownField(entries[k])));
          done += indexes.length;
          onProgress?.({ done, total, offset: start, indexes, results: chunk });
        },
      },
      host,
    );
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    source?.close?.();
  }
  return results;
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

/** `worker` as runQueue takes it, resolved for one run (a function is called once per run). */
function workerSource(worker) {
  if (typeof worker === "function") return worker();
  return worker ?? repositoryModuleWorkers();
}

// From the repository's layout (queue/ beside pkg/): module workers of the package's pool.
function repositoryModuleWorkers() {
  if (typeof Worker === "undefined") throw new TypeError("runQueue needs Web Workers here; pass `worker` or an `evaluate` function");
  const script = new URL("../pkg/parallel/worker-web.mjs", import.meta.url);
  return { spawn: () => new Worker(script, { type: "module" }) };
}

function cores() {
  const count = globalThis.navigator?.hardwareConcurrency;
  return Number.isInteger(count) && count > 0 ? count : 4;
}

function workerHost({ spawn, workers }, chunkSize) {
  return { spawn, defaultWorkers: workers ?? cores(), chunkSize };
}

/** One stand-in worker that calls `evaluate` in this thread, chunk after chunk. */
function inThreadHost(evaluate, chunkSize) {
  return {
    defaultWorkers: 1,
    chunkSize,
    spawn() {
      let ended = false;
      const worker = {
        onmessage: null,
        onerror: null,
        postMessage({ start, items }) {
          Promise.resolve()
            .then(() => evaluate(items))
            .then(
              (entries) => ended || worker.onmessage?.({ data: { start, entries } }),
              (error) => ended || worker.onerror?.({ error }),
            );
        },
        terminate() {
          ended = true;
        },
      };
      return worker;
    },
  };
}
