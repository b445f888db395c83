// The JS side against vocabulary.json (generated from the crate by `make gen`): every code has
// a label in each language of the elements' words (locales/ui/<tag>.json), and the form, the
// queue and the exercises take their lists from it. Runs without the package (scripts/test.sh
// native layer).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as vocabularyModule from "../../vocabulary.js";
import { FIELDS, KIND } from "../../queue/fields.js";
import { CURRENCIES, currencyDigits } from "../../queue/money.js";
import { localeTag, replyLocaleOf, replyLocales } from "../../queue/replies.js";
import { exponent, normalLocale } from "../../elements/util.js";

const vocabulary = JSON.parse(readFileSync(new URL("../../vocabulary.json", import.meta.url), "utf8"));
const uiDir = new URL("../../locales/ui/", import.meta.url);
/** The elements' words: locale -> flat catalogue (id -> ICU message). */
const LABELS = Object.fromEntries(
  readdirSync(uiDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(new URL(f, uiDir), "utf8"))]),
);

// The id prefix of each enum's labels in the elements' words ("reasons.not_received").
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
  // The elements' own words exist in the built-in languages at least (the others fall back to English).
  assert.ok(["en", "zh-CN"].every((tag) => tag in LABELS), Object.keys(LABELS).join(", "));
  assert.ok(Object.keys(LABELS).every((tag) => vocabulary.enums.Locale.values.includes(tag)));
  // A label in its language: English ones have no Chinese characters, Chinese ones have some.
  const HAN = /[\u4e00-\u9fff]/;
  const written = (locale, label) => typeof label === "string" && label.trim() !== "" && (locale === "zh-CN" ? HAN.test(label) : !HAN.test(label));
  for (const [name, table] of Object.entries(TABLES)) {
    const codes = vocabulary.enums[name].values;
    for (const [locale, labels] of Object.entries(LABELS)) {
      const keys = Object.keys(labels).filter((id) => id.startsWith(table + ".")).map((id) => id.slice(table.length + 1));
      assert.deepEqual(codes.filter((code) => !written(locale, labels[`${table}.${code}`])), [], `${locale} ${table}: codes without a label`);
      assert.deepEqual(keys.filter((key) => !codes.includes(key)), [], `${locale} ${table}: labels of no ${name}`);
    }
  }
  for (const [locale, labels] of Object.entries(LABELS)) {
    const missing = [...vocabulary.enums.DisputeInputErrorCode.values, "other"].filter((code) => !written(locale, labels[`errors.${code}`]));
    assert.deepEqual(missing, [], `${locale} errors: codes without a short message`);
  }
});

test("every parameter of every ruleset has a label in each language of the elements' words, and no label names an unknown one", () => {
  const keys = [...new Set(Object.values(vocabulary.rulesets).flatMap((r) => r.parameters.map((p) => p.key)))];
  for (const [locale, labels] of Object.entries(LABELS)) {
    assert.deepEqual(keys.filter((key) => !labels[`params.${key}`]), [], `${locale}: parameters without a label`);
    const named = Object.keys(labels).filter((id) => id.startsWith("params.")).map((id) => id.slice(7));
    assert.deepEqual(named.filter((key) => !keys.includes(key)), [], `${locale}: labels of no parameter`);
  }
});

test("the reply's default language by destination country is the vocabulary's one table (written in Rust)", () => {
  assert.deepEqual(vocabularyModule.localeByCountry, vocabulary.localeByCountry);
  assert.deepEqual(vocabulary.localeByCountry, {
    RU: "ru", BR: "pt-BR", PT: "pt-BR", ES: "es", MX: "es", CL: "es", AR: "es", CO: "es",
    FR: "fr", BE: "fr", DE: "de", AT: "de", CH: "de", IT: "it", PL: "pl", KR: "ko", JP: "ja",
  });
  for (const locale of Object.values(vocabulary.localeByCountry)) assert.ok(vocabulary.enums.Locale.values.includes(locale), locale);
  // The queue's buyer language: the row's replyLocale (a buyerLanguage column), else the country's, else the row's locale, else the seller's.
  assert.equal(replyLocaleOf({ destination: "BR" }, "zh-CN"), "pt-BR");
  assert.equal(replyLocaleOf({ destination: "at" }, "zh-CN"), "de");
  assert.equal(replyLocaleOf({ destination: "US" }, "zh-CN"), "zh-CN");
  assert.equal(replyLocaleOf({ destination: "US", locale: "en" }, "zh-CN"), "en");
  assert.equal(replyLocaleOf({ destination: "RU", replyLocale: "de" }, "zh-CN"), "de");
  assert.deepEqual(replyLocales([{ input: { destination: "JP" } }, { input: null }, { input: { destination: "MX", locale: "en" } }], { locale: "zh-CN" }), ["zh-CN", "ja", "en", "es"]);
  // Tags as back offices write them.
  assert.deepEqual(["RU", "pt-br", "de-DE", "zh-TW", "en_GB", "pt", "xx", ""].map(localeTag), ["ru", "pt-BR", "de", "zh-CN", "en", "pt-BR", null, null]);
  assert.deepEqual(["RU", "pt-br", "de-AT", "zh-TW", "xx"].map((v) => normalLocale(v)), ["ru", "pt-BR", "de", "zh-CN", null]);
  assert.equal(normalLocale("de", ["en", "zh-CN"]), null);
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
  const kindOf = (f) => (f.kind === "enum" && f.enum === "Locale" ? KIND.LOCALE : kinds[f.kind] ?? KIND.TEXT);
  for (const f of described) assert.equal(columns.get(f.path), kindOf(f), f.path);
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
