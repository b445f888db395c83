import { evaluateDisputesParallel } from "dispute-calc/parallel";
import { evaluateDisputes } from "dispute-calc";
import assert from "node:assert/strict";

const orders = Array.from({ length: 3000 }, (_, i) => ({
  ruleset: "tmall", reason: "late_shipment", asOf: "2024-05-10", currency: "CNY", price: 1000 + i,
  dates: { paid: "2024-05-01" },
}));
const controller = new AbortController(); // controller.abort() rejects with an AbortError
let progress = 0;
const results = await evaluateDisputesParallel(orders, {
  text: false, // as in evaluateDisputes
  workers: 2, // default: the number of cores
  onProgress: ({ done, total }) => (progress = done / total),
  signal: controller.signal,
});
assert.equal(progress, 1);
assert.deepEqual(results, evaluateDisputes(orders, { text: false })); // same array, same order
