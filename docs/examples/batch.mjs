import { evaluateDisputes } from "dispute-calc";
import assert from "node:assert/strict";

const order = {
  ruleset: "taobao", reason: "no_reason", asOf: "2024-05-02", currency: "CNY", price: 19900,
  dates: { paid: "2024-05-01", opened: "2024-05-02" }, request: "full_refund",
};
// One bad item never fails the batch; { text: false } skips the texts (about half the cost).
const results = evaluateDisputes([order, { ...order, price: 12.5 }], { text: false });
assert.equal(results[0].ok, true);
assert.equal(results[0].value.outcome, "refund_full");
assert.deepEqual(results[1], {
  ok: false,
  error: { code: "invalid_amount", field: "[1].price", message: results[1].error.message },
});
