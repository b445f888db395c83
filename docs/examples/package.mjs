import init, { evaluateDispute, refundPenalty } from "dispute-calc";
import assert from "node:assert/strict";
await init(); // browsers: fetches dispute_calc_bg.wasm next to the module; Node: already loaded

// The course's AliExpress case (2015): the buyer says "not received", the carrier says delivered.
const decision = evaluateDispute({
  ruleset: "aliexpress",
  reason: "not_received",
  request: "full_refund",
  asOf: "2015-04-20",
  currency: "USD",
  price: 2599, // minor units: 25.99 USD
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
  tracking: "delivered",
  policy: { handlingDays: 20 },
});
assert.equal(decision.outcome, "reject");
assert.equal(decision.refund, 0);
assert.equal(decision.deadlines.sellerResponseDeadline, "2015-04-25");
assert.deepEqual(decision.evidence, ["tracking_delivered", "proof_of_delivery", "address_match", "shipment_record", "chat_record"]);
console.log(decision.summary); // "Reject: Buyer Protection does not cover non-receipt against delivered tracking (AE-R9). ..."

// Tmall's late-shipment compensation: 30% of the price, at most 500 CNY, on top of the refund.
const penalty = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 });
assert.deepEqual([penalty.refund, penalty.penalty, penalty.total], [19900, 5970, 25870]);
assert.equal(penalty.formula, "min(30% x 199.00, 500.00)");
