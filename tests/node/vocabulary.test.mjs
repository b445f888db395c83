// dispute-calc/vocabulary.json and vocabulary.js as a user imports them from the installed
// package, against the engine itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { evaluateDispute, rulesets } from "dispute-calc";
import * as vocabularyModule from "dispute-calc/vocabulary.js";

const require = createRequire(import.meta.url);
const vocabulary = require("dispute-calc/vocabulary.json");
const en = require("dispute-calc/locales/en.json");

test("the package exports vocabulary.json and vocabulary.js with the same content", () => {
  // The module has two parts of its own: which fields each reason reads (out of rulesets) and the
  // message ids in the engine's index order.
  assert.deepEqual(
    Object.keys(vocabularyModule).filter((k) => k !== "reads" && k !== "messageIds").sort(),
    Object.keys(vocabulary).filter((k) => k !== "$comment").sort(),
  );
  assert.deepEqual(vocabularyModule.messageIds, Object.keys(vocabulary.messages));
  assert.deepEqual(vocabularyModule.reads.tmall, vocabulary.rulesets.tmall.reads);
  assert.deepEqual(vocabularyModule.currencies, vocabulary.currencies);
  assert.deepEqual(vocabularyModule.enums.Reason.values, vocabulary.enums.Reason.values);
});

test("rulesets() agrees with the vocabulary: ids, reasons, violations, parameters, sources", () => {
  const infos = rulesets();
  assert.deepEqual(infos.map((r) => r.id), Object.keys(vocabulary.rulesets));
  assert.deepEqual(infos.map((r) => r.id), vocabulary.enums.Ruleset.values);
  for (const info of infos) {
    const v = vocabulary.rulesets[info.id];
    // The name is a catalogue message, rendered by the package in the requested locale.
    assert.ok(Object.hasOwn(vocabulary.messages, v.name.message), v.name.message);
    assert.equal(info.name, en[v.name.message]);
    assert.deepEqual([info.version, info.currency, info.holidays, info.shippingSplit], [v.version, v.currency, v.holidays, v.shippingSplit]);
    assert.deepEqual(info.reasons, v.reasons);
    assert.deepEqual(info.violations, v.violations);
    assert.deepEqual(info.parameterInfo, v.parameters);
    assert.deepEqual(info.sources, v.sources);
  }
});

test("a decision's codes are the vocabulary's", () => {
  const d = evaluateDispute({
    ruleset: "aliexpress", reason: "not_as_described", asOf: "2024-01-20", currency: "USD", price: 2599,
    dates: { ordered: "2024-01-01", shipped: "2024-01-03", delivered: "2024-01-15", opened: "2024-01-18" },
    evidence: { buyerPhotos: true },
  });
  assert.ok(d.evidence.length && d.options.length && Object.keys(d.deadlines).length);
  for (const code of d.evidence) assert.ok(vocabulary.evidenceCodes.includes(code), code);
  for (const name of Object.keys(d.deadlines)) assert.ok(vocabulary.deadlineNames.includes(name), name);
  for (const o of d.options) assert.ok(vocabulary.offerKinds.includes(o.kind), o.kind);
  assert.ok(vocabulary.enums.Outcome.values.includes(d.outcome));
});
