// CommonJS: require("dispute-calc") loads the wasm from disk; no init() needed.
const { returnShippingSplit } = require("dispute-calc");
const assert = require("node:assert/strict");

const split = returnShippingSplit({
  ruleset: "taobao", reason: "no_reason", currency: "CNY",
  outboundShipping: 1000, freeShipping: true, returnShipping: 1200, insurancePayout: 800,
});
// Every leg is paid by someone: buyer + seller + insurer + carrier = outbound + return.
assert.equal(split.buyerPays + split.sellerPays + split.insurerPays + split.carrierPays, 1000 + 1200);
console.log(split.summary);
