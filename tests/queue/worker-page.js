// Module for worker.html: runs generated queues through runQueue with real Web Workers (module
// workers of pkg/parallel, or the classic build's Blob workers) and reports what a test needs:
// results, progress seen, workers started, the longest main-thread gap, and whether the results
// equal one single-thread evaluateDisputes over the same rows.
import { runQueue } from "../../queue/run.js";
import { triage, summarise } from "../../queue/triage.js";
import { generateItems } from "../../queue/generate.js";
import { decodeBytes } from "../../queue/decode.js";
import { workerOptions as classicWorkers } from "../../elements/queue-worker-global.js";
import init, { evaluateDisputes } from "../../pkg/web/index.js";

// The browser's own TextDecoder on bytes a test made in Node (GBK, GB18030, UTF-8 with a BOM).
window.queueDecode = (byteLists) =>
  byteLists.map((bytes) => {
    try {
      return decodeBytes(Uint8Array.from(bytes));
    } catch (error) {
      return { error: error.code };
    }
  });

const AS_OF = "2026-06-01";

function rowsOf(items) {
  return items.map(({ orderId, note, ...input }, index) => ({ index, id: orderId, input, extras: { note }, cells: [], error: null }));
}

// The longest gap between timer ticks on the page's thread while a run goes on.
function watchMainThread() {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return () => (clearInterval(timer), Math.round(longest));
}

// The classic build (the engine with the wasm inlined), as a page opened from disk has it.
let classicBuild = null;
function loadClassicBuild() {
  classicBuild ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "../../pkg/global/dispute-calc.js";
    script.onload = resolve;
    script.onerror = () => reject(new Error("the classic build did not load"));
    document.head.append(script);
  });
  return classicBuild;
}

/** Where the workers come from, counting the ones started. */
async function workersFor(mode, counter, workers) {
  let source;
  if (mode === "classic") {
    await loadClassicBuild();
    source = classicWorkers();
  } else {
    const script = new URL("../../pkg/parallel/worker-web.mjs", import.meta.url);
    source = { spawn: () => new Worker(script, { type: "module" }) };
  }
  return { ...source, workers, spawn: () => (counter.started++, source.spawn()) };
}

/** The same rows, in this thread, in one batch: what every run must equal. */
async function singleThread(queueRows) {
  await init();
  return evaluateDisputes(queueRows.map((r) => (r.input.asOf ? r.input : { ...r.input, asOf: AS_OF })), { text: false }).map((result) =>
    result.ok ? result : { ok: false, error: { ...result.error, field: result.error.field.replace(/^\[\d+\]\.?/, "") } },
  );
}

window.queueTest = async function ({ rows = 1000, mode = "module", workers, cancelAfterChunks = 0, badEvery = 0, compare = false } = {}) {
  const status = document.getElementById("status");
  const bar = document.getElementById("progress");
  const items = generateItems(rows, { asOf: AS_OF, badEvery });
  const queueRows = rowsOf(items);
  const controller = new AbortController();
  const progress = [];
  const counter = { started: 0 };
  const worker = await workersFor(mode, counter, workers);
  const stopWatch = watchMainThread();
  const started = performance.now();
  status.textContent = "running";
  try {
    const results = await runQueue(queueRows, {
      asOf: AS_OF,
      signal: controller.signal,
      worker,
      onProgress: ({ done, total }) => {
        bar.value = done / total;
        progress.push(bar.value);
        if (cancelAfterChunks && progress.length === cancelAfterChunks) controller.abort();
      },
    });
    const ms = Math.round(performance.now() - started);
    const longestMainThreadGap = stopWatch();
    const triageStarted = performance.now();
    const summary = summarise(triage(queueRows, results, { asOf: AS_OF }), { asOf: AS_OF });
    const triageMs = Math.round(performance.now() - triageStarted);
    status.textContent = "done";
    return {
      done: true,
      rows: results.length,
      evaluated: results.filter(Boolean).length,
      refused: summary.refused,
      refusedFields: [...new Set(results.filter((r) => !r.ok).map((r) => `${r.error.code} ${r.error.field}`))],
      byOutcome: summary.byOutcome,
      progress,
      workers: counter.started,
      cores: navigator.hardwareConcurrency,
      sameAsSingleThread: compare ? JSON.stringify(results) === JSON.stringify(await singleThread(queueRows)) : undefined,
      ms,
      longestMainThreadGap,
      triageMs,
    };
  } catch (error) {
    status.textContent = "stopped";
    return { done: false, error: error.name, message: error.message, progress, workers: counter.started, longestMainThreadGap: stopWatch() };
  }
};
