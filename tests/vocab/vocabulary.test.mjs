// The JS side against vocabulary.json (generated from the crate by `make gen`): every code has
// a label in each language, and the form, the queue and the exercises take their lists from it.
// Runs without the package (scripts/test.sh native layer).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as vocabularyModule from "../../vocabulary.js";
import { LABELS } from "../../elements/i18n.js";
import { FIELDS, KIND } from "../../queue/fields.js";
import { CURRENCIES, currencyDigits } from "../../queue/money.js";
import { exponent } from "../../elements/util.js";

const vocabulary = JSON.parse(readFileSync(new URL("../../vocabulary.json", import.meta.url), "utf8"));

// The label table of each enum in elements/i18n.js.
const TABLES = {
  Reason: "reasons",
  BuyerRequest: "requests",
  Tracking: "trackings",
  Outcome: "outcomes",
  Fault: "faults",
  Violation: "violations",
  CarDefect: "defects",
  PaymentMethod: "paymentMethods",
  Leg: "legNames",
  Payer: "payers",
  EvidenceCode: "evidenceCodes",
  DeadlineName: "deadline",
  OfferKind: "offerKinds",
};

test("every code of the vocabulary has a label in each language, and no label names an unknown code", () => {
  // The elements' own words exist in the built-in languages (the others fall back to English).
  assert.deepEqual(Object.keys(LABELS), ["en", "zh-CN"]);
  assert.ok(Object.keys(LABELS).every((tag) => vocabulary.enums.Locale.values.includes(tag)));
  // A label in its language: English ones have no Chinese characters, Chinese ones have some.
  const HAN = /[\u4e00-\u9fff]/;
  const written = (locale, label) => typeof label === "string" && label.trim() !== "" && (locale === "zh-CN" ? HAN.test(label) : !HAN.test(label));
  for (const [name, table] of Object.entries(TABLES)) {
    const codes = vocabulary.enums[name].values;
    for (const [locale, labels] of Object.entries(LABELS)) {
      const keys = Object.keys(labels[table] ?? {});
      assert.deepEqual(codes.filter((code) => !written(locale, labels[table]?.[code])), [], `${locale} ${table}: codes without a label`);
      assert.deepEqual(keys.filter((key) => !codes.includes(key)), [], `${locale} ${table}: labels of no ${name}`);
    }
  }
  for (const [locale, labels] of Object.entries(LABELS)) {
    const missing = [...vocabulary.enums.DisputeInputErrorCode.values, "other"].filter((code) => !written(locale, labels.errors[code]));
    assert.deepEqual(missing, [], `${locale} errors: codes without a short message`);
  }
});

test("the evidence codes, deadline names and offer kinds are listed on their own too", () => {
  assert.deepEqual(vocabulary.evidenceCodes, vocabulary.enums.EvidenceCode.values);
  assert.deepEqual(vocabulary.deadlineNames, vocabulary.enums.DeadlineName.values);
  assert.deepEqual(vocabulary.offerKinds, vocabulary.enums.OfferKind.values);
});

test("vocabulary.js is vocabulary.json without its doc strings, the reads and message ids apart", () => {
  const strip = (value) =>
    Array.isArray(value) ? value.map(strip)
    : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "doc").map(([k, v]) => [k, strip(v)]))
    : value;
  const { $comment, ...parts } = vocabulary;
  assert.ok($comment);
  // Which fields each reason reads is its own export, and so is the list of message ids in the
  // engine's index order (the wasm writes a message's index).
  const { reads, messageIds, ...module } = vocabularyModule;
  const withReads = { ...module, rulesets: Object.fromEntries(Object.entries(module.rulesets).map(([id, r]) => [id, { ...r, reads: reads[id] }])) };
  const order = (r) => Object.fromEntries(Object.keys(parts.rulesets[Object.keys(parts.rulesets)[0]]).map((k) => [k, r[k]]));
  withReads.rulesets = Object.fromEntries(Object.entries(withReads.rulesets).map(([id, r]) => [id, order(r)]));
  assert.deepEqual(withReads, strip(parts));
  assert.deepEqual(messageIds, Object.keys(vocabulary.messages));
  assert.ok(Object.isFrozen(vocabularyModule.currencies) && Object.isFrozen(vocabularyModule.enums.Reason.values));
});

function leaves(fields, prefix = "") {
  return fields.flatMap((f) => (f.kind === "object" ? leaves(f.fields, `${prefix}${f.name}.`) : [{ ...f, path: prefix + f.name }]));
}

test("the queue has a column for every input field of evaluateDispute, of the field's kind", () => {
  const described = leaves(vocabulary.inputs.evaluateDispute.fields).filter((f) => f.kind !== "policy");
  const columns = new Map(FIELDS.map((f) => [f.field, f.kind]));
  const kinds = { money: KIND.MONEY, date: KIND.DATE, boolean: KIND.BOOLEAN, integer: KIND.INTEGER };
  for (const f of described) assert.equal(columns.get(f.path), kinds[f.kind] ?? KIND.TEXT, f.path);
  const extra = FIELDS.map((f) => f.field).filter((field) => !described.some((f) => f.path === field));
  assert.deepEqual(extra, ["orderId", "policy.holidays"], "besides the input fields: the row's id and the holidays");
});

test("currencies: the queue and the elements use the vocabulary's decimals", () => {
  assert.deepEqual(CURRENCIES, Object.keys(vocabulary.currencies));
  for (const [code, decimals] of Object.entries(vocabulary.currencies)) {
    assert.equal(currencyDigits(code), decimals, code);
    assert.equal(exponent(code), decimals, code);
  }
  assert.equal(currencyDigits("XXX"), undefined);
});

test("the form shows only described fields (it throws on loading otherwise)", async () => {
  const form = await import("../../elements/form.js");
  assert.deepEqual(form.TOOLS, ["evaluate", "shipping", "penalty"]);
});

test("each ruleset declares which fields each of its reasons reads, all of them input fields", () => {
  const paths = new Set(leaves(vocabulary.inputs.evaluateDispute.fields).map((f) => f.path));
  for (const [id, ruleset] of Object.entries(vocabulary.rulesets)) {
    assert.deepEqual(Object.keys(ruleset.reads), ruleset.reasons, id);
    for (const [reason, fields] of Object.entries(ruleset.reads)) {
      for (const field of fields) assert.ok(paths.has(field), `${id} ${reason}: ${field}`);
      for (const always of ["ruleset", "reason", "currency"]) assert.ok(fields.includes(always), `${id} ${reason} reads ${always}`);
    }
  }
});
