// `make bench`: size of the wasm and the speed of each call in Node, measured and reported.
// Nothing here is asserted: timings depend on the machine. Run after `make pkg`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const api = require("../pkg/node/dispute_calc.js");

const wasm = readFileSync(new URL("../pkg/web/dispute_calc_bg.wasm", import.meta.url));
const gz = gzipSync(wasm, { level: 9 }).length;
const budget = 60 * 1024;
console.log(`size: ${wasm.length} bytes raw, ${gz} bytes gzipped (${(gz / 1024).toFixed(1)} KB; budget ${budget / 1024} KB)`);

const dispute = {
  ruleset: "aliexpress",
  reason: "not_received",
  request: "full_refund",
  asOf: "2015-04-20",
  currency: "USD",
  price: 2599,
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
  tracking: "delivered",
  policy: { handlingDays: 20 },
};
const penalty = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };

function time(label, n, fn) {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const us = Number(process.hrtime.bigint() - t0) / 1000 / n;
  console.log(`${label}: ${us.toFixed(2)} us per item (${n} items)`);
  return us;
}

const quiet = (fn) => (i) => {
  try {
    fn(i);
  } catch {
    /* an unimplemented ruleset still costs a call; measured all the same */
  }
};

time("refundPenalty, one call each", 20000, quiet(() => api.refundPenalty(penalty)));
const single = time("evaluateDispute, one call each", 20000, quiet(() => api.evaluateDispute(dispute)));
const batchSize = 100000;
const batch = Array.from({ length: batchSize }, (_, i) => ({ ...dispute, price: 1000 + (i % 5000) }));
const t0 = process.hrtime.bigint();
const out = api.evaluateDisputes(batch);
const perItem = Number(process.hrtime.bigint() - t0) / 1000 / batchSize;
console.log(`evaluateDisputes, ${batchSize} items in one call: ${perItem.toFixed(2)} us per item (${out.filter((r) => r.ok).length} ok)`);
console.log(`batch vs separate calls: ${(single / perItem).toFixed(2)}x cheaper per item`);
if (gz > budget) {
  console.error(`size budget exceeded: ${gz} > ${budget} bytes gzipped`);
  process.exit(1);
}
