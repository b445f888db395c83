// dispute-calc/parallel, installed and imported by name: worker threads give the same array as
// evaluateDisputes, report progress, and stop on an AbortSignal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateDisputes } from "dispute-calc";
import { evaluateDisputesParallel } from "dispute-calc/parallel";

const good = {
  ruleset: "aliexpress", currency: "USD", reason: "not_received", asOf: "2015-04-20",
  price: 2599, tracking: "delivered",
  dates: { ordered: "2015-03-10", shipped: "2015-03-12", delivered: "2015-04-02" },
};
const bad = { ruleset: "tmall", reason: "no_reason", currency: "CNY", price: 1 };
// 3,001 items over chunks of 250+: bad items land in later chunks, so their field paths must be
// renumbered to the whole list.
const list = Array.from({ length: 3001 }, (_, i) =>
  i % 97 === 5 ? { ...bad, asOf: i % 2 ? "2024-99-01" : undefined } : { ...good, price: 1000 + i },
);

test("the same array as evaluateDisputes, error fields numbered in the whole list", async () => {
  const expected = evaluateDisputes(list);
  const got = await evaluateDisputesParallel(list, { workers: 3 });
  assert.equal(got.length, list.length);
  assert.deepEqual(got, expected);
  assert.equal(got[2915].error.field, "[2915].asOf");
  assert.deepEqual(await evaluateDisputesParallel(list, { workers: 2, text: false }), evaluateDisputes(list, { text: false }));
  assert.deepEqual(await evaluateDisputesParallel([]), []);
});

test("progress after each chunk, up to the total", async () => {
  const seen = [];
  await evaluateDisputesParallel(list, { workers: 2, onProgress: (p) => seen.push(p) });
  assert.ok(seen.length >= 2, `only ${seen.length} progress calls`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].done > seen[i - 1].done);
  assert.deepEqual(seen.at(-1), { done: list.length, total: list.length });
});

test("an AbortSignal rejects with an AbortError, before or during the work", async () => {
  const before = new AbortController();
  before.abort();
  await assert.rejects(evaluateDisputesParallel(list, { signal: before.signal }), { name: "AbortError" });
  const during = new AbortController();
  let calls = 0;
  await assert.rejects(
    evaluateDisputesParallel(list, { workers: 2, signal: during.signal, onProgress: () => (++calls === 1 ? during.abort() : 0) }),
    { name: "AbortError" },
  );
  assert.equal(calls, 1, "no progress after the abort");
});

test("bad arguments are refused as evaluateDisputes refuses them", async () => {
  await assert.rejects(evaluateDisputesParallel({}), { name: "DisputeInputError", code: "invalid_type" });
  await assert.rejects(evaluateDisputesParallel([good], { text: "no" }), { name: "DisputeInputError", code: "invalid_type", field: "options.text" });
  await assert.rejects(evaluateDisputesParallel([good], { workers: 0 }), RangeError);
});
