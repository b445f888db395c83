// The eBay, PayPal, EU, UK and US rulesets through the installed package, imported by name:
// the metadata a page reads, the new inputs and their errors as a JavaScript caller sees them.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { evaluateDispute, refundPenalty, returnShippingSplit, rulesets } from "dispute-calc";

await init();

test("rulesets() lists all twelve, each parameter with its range, rule and verified mark", () => {
  const all = rulesets();
  assert.deepEqual(
    all.map((r) => r.id),
    ["aliexpress", "amazon", "ebay", "paypal", "taobao", "tmall", "cn-consumer", "cn-food", "cn-car", "eu-crd", "uk-cra", "us-ftc"],
  );
  for (const r of all) {
    assert.deepEqual(
      r.parameterInfo.map((p) => [p.key, p.default]),
      Object.entries(r.parameters),
      r.id,
    );
    for (const p of r.parameterInfo) {
      assert.equal(typeof p.verified, "boolean", `${r.id} ${p.key}`);
      assert.ok(p.max >= p.default && typeof p.rule === "string" && p.rule.length > 0, `${r.id} ${p.key}`);
    }
    assert.ok(r.sources.length > 0, r.id);
  }
  const paypal = all.find((r) => r.id === "paypal");
  assert.equal(paypal.parameterInfo.find((p) => p.key === "coverageCap").verified, false);
  assert.equal(paypal.parameterInfo.find((p) => p.key === "disputeWindowDays").verified, true);
  assert.deepEqual(all.filter((r) => r.holidays).map((r) => r.id), ["ebay", "cn-car", "eu-crd", "us-ftc"]);
  assert.equal(all.find((r) => r.id === "uk-cra").currency, "GBP");
  assert.notEqual(rulesets("zh-CN").find((r) => r.id === "eu-crd").name, all.find((r) => r.id === "eu-crd").name);
});

test("an EU withdrawal without the information runs 12 months longer; Chinese text, same numbers", () => {
  const input = {
    ruleset: "eu-crd", reason: "no_reason", asOf: "2025-03-15", currency: "EUR", price: 4999,
    shippingPaid: 990, standardShipping: 490, informedOfWithdrawal: false,
    dates: { delivered: "2024-03-01", opened: "2025-03-15" },
  };
  const en = evaluateDispute(input);
  const zh = evaluateDispute({ ...input, locale: "zh-CN" });
  assert.equal(en.outcome, "return_refund");
  assert.equal(en.refund, 5489);
  // The period's last day, Saturday 15 March, moves to the next working day (Regulation 1182/71).
  assert.equal(en.deadlines.returnWindowLastDay, "2025-03-17");
  assert.deepEqual([zh.outcome, zh.refund, zh.deadlines], [en.outcome, en.refund, en.deadlines]);
  assert.match(zh.reply, /[\u4e00-\u9fff]/);
  assert.equal(evaluateDispute({ ...input, asOf: "2025-03-17", dates: { ...input.dates, opened: "2025-03-17" } }).outcome, "return_refund");
  assert.equal(evaluateDispute({ ...input, asOf: "2025-03-18", dates: { ...input.dates, opened: "2025-03-18" } }).outcome, "reject");
});

test("holidays move business-day deadlines; a bad one is a DisputeInputError naming its index", () => {
  const input = {
    ruleset: "ebay", reason: "not_received", asOf: "2024-05-03", currency: "GBP", price: 2000,
    tracking: "in_transit", dates: { shipped: "2024-04-20", estimatedDelivery: "2024-04-30", opened: "2024-05-03" },
  };
  assert.equal(evaluateDispute(input).deadlines.sellerResponseDeadline, "2024-05-08");
  const holiday = evaluateDispute({ ...input, policy: { holidays: ["2024-05-06"] } });
  assert.equal(holiday.deadlines.sellerResponseDeadline, "2024-05-09");
  assert.throws(() => evaluateDispute({ ...input, policy: { holidays: ["2024-05-06", "6 May"] } }), {
    name: "DisputeInputError", code: "invalid_date", field: "policy.holidays[1]",
  });
  assert.throws(() => evaluateDispute({ ...input, ruleset: "paypal", policy: { holidays: [] } }), {
    name: "DisputeInputError", code: "unknown_field", field: "policy.holidays",
  });
});

test("new inputs are checked; rulesets without a compensation rule say what they decide", () => {
  const ftc = {
    ruleset: "us-ftc", reason: "late_shipment", asOf: "2024-04-01", currency: "USD", price: 1000,
    dates: { ordered: "2024-03-01" },
  };
  // 7 working days from the last day to ship (the order counts as cancelled then), not from the claim.
  assert.equal(evaluateDispute({ ...ftc, paymentMethod: "cash" }).deadlines.refundDueBy, "2024-04-09");
  assert.throws(() => evaluateDispute({ ...ftc, paymentMethod: "bitcoin" }), { code: "unknown_value", field: "paymentMethod" });
  assert.throws(() => evaluateDispute({ ...ftc, currency: "EUR" }), { code: "currency_mismatch", field: "currency" });
  assert.throws(
    () => refundPenalty({ ruleset: "paypal", violation: "late_shipment", currency: "USD", price: 1000 }),
    (e) => e.name === "DisputeInputError" && e.code === "unknown_value" && /evaluateDispute/.test(e.message),
  );
  const split = returnShippingSplit({
    ruleset: "uk-cra", reason: "no_reason", currency: "GBP", outboundShipping: 399, returnShipping: 500,
    informedOfReturnCost: false,
  });
  assert.deepEqual([split.buyerPays, split.sellerPays, split.refundOfShipping], [0, 899, 399]);
});
