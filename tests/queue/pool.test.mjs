// runQueue over dispute-calc/parallel's pool with real workers: worker threads of the installed
// package (its parallel/worker-node.mjs), given as runQueue's `worker`, as the element gives Web
// Workers. The same results as one single-thread batch; cancel ends every thread; a second run works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runQueue, tableFromItems, importCsv } from "../../queue/index.js";
import { generateItems } from "../../queue/generate.js";
import { threadAsWorker } from "../../js/parallel/thread-worker.mjs";
import { engine, repoRoot } from "./engine.mjs";

const AS_OF = "2026-06-01";
const script = pathToFileURL(join(repoRoot, ".tmp/consumer/node_modules/dispute-calc/parallel/worker-node.mjs"));

/** Worker threads behind the Web Worker interface the pool speaks, counting those still running. */
function threads(workers) {
  const live = new Set();
  let started = 0;
  return {
    live,
    started: () => started,
    workers,
    spawn() {
      const thread = new Worker(script);
      started++;
      live.add(thread);
      thread.on("exit", () => live.delete(thread));
      return threadAsWorker(thread);
    },
  };
}

const untilNoThread = async (pool) => {
  for (let i = 0; i < 100 && pool.live.size > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return pool.live.size;
};

/** What runQueue must give: one evaluateDisputes over the rows, in this thread, fields the row's own. */
function singleThread(rows) {
  const results = rows.map((row) => (row.error ? { ok: false, error: row.error } : null));
  const pending = rows.flatMap((row, i) => (row.error ? [] : [i]));
  const batch = engine.evaluateDisputes(pending.map((i) => ({ ...rows[i].input, asOf: rows[i].input.asOf || AS_OF })), { text: false });
  pending.forEach((rowIndex, k) => {
    const r = batch[k];
    results[rowIndex] = r.ok ? r : { ok: false, error: { ...r.error, field: r.error.field.replace(/^\[\d+\]\.?/, "") } };
  });
  return results;
}

test("three worker threads: the same results, in row order, as one single-thread batch; rows refused at import keep their error", async () => {
  const generated = tableFromItems(generateItems(6000, { badEvery: 40, asOf: AS_OF }));
  // A row the import refuses (three decimals), and one it lets through, among the rest.
  const imported = importCsv("orderId,ruleset,reason,currency,price\nX1,aliexpress,not_received,USD,25.999\nX2,aliexpress,not_received,USD,1\n").rows;
  assert.deepEqual(imported.map((row) => !!row.error), [true, false]);
  const rows = [...generated.rows.slice(0, 3000), imported[0], ...generated.rows.slice(3000), imported[1]];
  const pool = threads(3);
  const progress = [];
  const results = await runQueue(rows, { asOf: AS_OF, worker: pool, onProgress: (p) => progress.push(p) });
  assert.equal(pool.started(), 3);
  assert.deepEqual(results, singleThread(rows));
  assert.equal(results[3000].error.code, "invalid_amount");
  assert.equal(results[3000].error.field, "price");
  // Each chunk's rows and results, with `done` only growing up to every row.
  const seen = new Map();
  for (const p of progress) p.indexes.forEach((rowIndex, k) => seen.set(rowIndex, p.results[k]));
  assert.equal(seen.size, rows.length - 1, "every row the engine saw, once");
  for (const [rowIndex, result] of seen) assert.equal(result, results[rowIndex]);
  assert.deepEqual(progress.map((p) => p.done), [...progress.map((p) => p.done)].sort((a, b) => a - b));
  assert.equal(progress.at(-1).done, rows.length);
  assert.equal(await untilNoThread(pool), 0, "the threads end with the run");
});

test("cancel mid-run rejects with the signal's reason and ends every thread; a second run completes", async () => {
  const rows = tableFromItems(generateItems(20000, { asOf: AS_OF })).rows;
  const pool = threads(2);
  const controller = new AbortController();
  let chunks = 0;
  const reason = new Error("stopped by the seller");
  const run = runQueue(rows, { asOf: AS_OF, worker: pool, signal: controller.signal, onProgress: () => ++chunks === 2 && controller.abort(reason) });
  await assert.rejects(run, (error) => error === reason);
  assert.equal(chunks, 2, "no progress after the cancel");
  assert.equal(await untilNoThread(pool), 0, "no thread left running");
  // The second run as the element gives its workers: a function called once per run.
  const again = threads(2);
  const few = rows.slice(0, 1500);
  assert.deepEqual(await runQueue(few, { asOf: AS_OF, worker: () => again }), singleThread(few));
  assert.equal(again.started(), 2);
  assert.equal(await untilNoThread(again), 0);
});

test("a worker that cannot start fails the run instead of leaving it waiting", async () => {
  const rows = tableFromItems(generateItems(10, { asOf: AS_OF })).rows;
  const broken = {
    spawn() {
      throw new Error("no workers here");
    },
  };
  await assert.rejects(runQueue(rows, { asOf: AS_OF, worker: broken }), /no workers here/);
});
