// The worker's message protocol in Node, in one thread: queue/worker.js's main function runs on a
// stand-in for the worker's global scope, connected to workerEvaluator by asynchronous messages
// (structured clones, as between threads). The real Web Worker is tested in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runQueue, workerEvaluator } from "../../queue/run.js";
import { generateItems } from "../../queue/generate.js";
import { engine } from "./engine.mjs";

const { DisputeQueueWorkerMain } = globalThis; // defined by queue/worker.js, imported by run.js

/** A worker and its scope, joined by queued, cloned messages. `DisputeCalc` is the engine to offer. */
function standIn(DisputeCalc) {
  const scope = { DisputeCalc, onmessage: null, postMessage: (data) => deliver(() => worker.onmessage?.({ data })) };
  const worker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (data) => deliver(() => scope.onmessage?.({ data })),
    terminate() {
      this.terminated = true;
    },
  };
  const deliver = (send) => setImmediate(() => !worker.terminated && send());
  DisputeQueueWorkerMain(scope);
  return worker;
}

const classicBuild = { ready: Promise.resolve(engine) };
const rows = generateItems(250, { badEvery: 50 }).map(({ orderId, note, ...input }, index) => ({ index, id: orderId, input, error: null }));

test("init, then chunks evaluated in the worker without text, answered by id", async () => {
  const worker = standIn(classicBuild);
  const { evaluate, ready, terminate } = workerEvaluator(worker, {});
  await ready;
  const results = await runQueue(rows, { asOf: "2026-06-01", evaluate, chunkSize: 100 });
  assert.equal(results.length, 250);
  assert.equal(results.filter((r) => !r.ok).length, 5);
  const ok = results.find((r) => r.ok).value;
  // text: false renders nothing (and may leave the messages out).
  assert.ok(!ok.summary && !ok.reply, "text: false");
  // Two requests in flight come back to their own callers.
  const [a, b] = await Promise.all([evaluate([{ ...rows[0].input, asOf: "2026-06-01" }]), evaluate([{ ruleset: "nope" }])]);
  assert.equal(a[0].ok, true);
  assert.equal(b[0].error.code, "unknown_value");
  terminate();
  await assert.rejects(evaluate([]), /terminated/);
});

test("an engine that fails to load fails every request instead of leaving it waiting", async () => {
  const broken = {
    get ready() {
      return Promise.reject(new Error("no wasm"));
    },
  };
  const { evaluate, ready } = workerEvaluator(standIn(broken), {});
  await assert.rejects(ready, /dispute queue worker: no wasm/);
  await assert.rejects(evaluate([{}]), /no wasm/);
});

test("a request before init is answered with a failure, by id", async () => {
  const worker = standIn(classicBuild);
  const answer = new Promise((resolve) => (worker.onmessage = ({ data }) => resolve(data)));
  worker.postMessage({ type: "evaluate", id: 7, items: [] });
  assert.deepEqual(await answer, { type: "failed", id: 7, message: "the worker was not initialised" });
});
