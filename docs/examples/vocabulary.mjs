import vocabulary from "dispute-calc/vocabulary.json" with { type: "json" };
import assert from "node:assert/strict";

assert.ok(vocabulary.enums.Reason.values.includes("not_received")); // every enum with its values
assert.equal(vocabulary.currencies.JPY, 0); // minor-unit decimals
assert.equal(vocabulary.localeByCountry.BR, "pt-BR"); // the reply's default language by destination
const tmall = vocabulary.rulesets.tmall;
assert.ok(tmall.violations.includes("late_shipment"));
console.log(tmall.parameters.map((p) => `${p.key}=${p.default}`).join(", "));
