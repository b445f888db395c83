// Module for worker.html: runs generated queues through runQueue with a real Web Worker and
// reports what a test needs (results, progress seen, refused rows, the longest main-thread gap).
import { runQueue, createQueueWorker } from "../../queue/run.js";
import { triage, summarise } from "../../queue/triage.js";
import { generateItems } from "../../queue/generate.js";
import { decodeBytes } from "../../queue/decode.js";

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

window.queueTest = async function ({ rows = 1000, mode, chunkSize, cancelAfterChunks = 0, badEvery = 0 } = {}) {
  const status = document.getElementById("status");
  const bar = document.getElementById("progress");
  const items = generateItems(rows, { asOf: AS_OF, badEvery });
  const queueRows = rowsOf(items);
  const controller = new AbortController();
  const progress = [];
  const worker = createQueueWorker({ mode });
  const stopWatch = watchMainThread();
  const started = performance.now();
  status.textContent = "running";
  try {
    const results = await runQueue(queueRows, {
      asOf: AS_OF,
      chunkSize,
      signal: controller.signal,
      evaluate: worker.evaluate,
      onProgress: ({ done, total }) => {
        bar.value = done / total;
        progress.push(bar.value);
        if (cancelAfterChunks && progress.length === cancelAfterChunks) controller.abort();
      },
    });
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
      ms: Math.round(performance.now() - started),
      longestMainThreadGap,
      triageMs,
    };
  } catch (error) {
    status.textContent = "stopped";
    return { done: false, error: error.name, message: error.message, progress, longestMainThreadGap: stopWatch() };
  } finally {
    worker.terminate();
  }
};
