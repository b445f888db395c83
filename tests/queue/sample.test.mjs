// The sample export (queue/sample.js): read back as the queue element reads a file, every column
// maps by itself in the languages the queue has header words for, every row is a valid input of
// the installed engine in every locale, the outcomes and deadlines are spread around `today`, and
// the file depends only on its arguments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sampleExport } from "../../queue/sample.js";
import { importCsvAsync, parseCsv, runQueue, triage, addDays, LOCALES } from "../../queue/index.js";
import { fieldInfo } from "../../queue/fields.js";
import { evaluateHere } from "./engine.mjs";

const TODAY = "2026-12-08";
// The languages the queue recognises headers in: the API's own (English) names, and Chinese.
const HEADER_WORDS = { en: (info) => info.field, "zh-CN": (info) => info.zh };

/** The sample read and evaluated as the element does: { table, entries } as of `today`. */
async function evaluated(options) {
  const { text } = sampleExport(options);
  const table = await importCsvAsync(text, { chunkBytes: 16 * 1024 });
  const results = await runQueue(table.rows, { asOf: options.today, evaluate: evaluateHere, chunkSize: 100 });
  return { table, results, entries: triage(table.rows, results, { asOf: options.today }) };
}

test("every column maps by itself, with the headers of the queue's own template in that language", async () => {
  for (const [locale, wordOf] of Object.entries(HEADER_WORDS)) {
    const { table } = await evaluated({ locale, today: TODAY });
    assert.equal(table.columns.needsMapping, false, locale);
    assert.deepEqual(table.columns.missing, [], locale);
    // Every column is an API field but the seller's note, which stays an extra column.
    assert.deepEqual(table.columns.extras.map((i) => table.headers[i]), [locale === "zh-CN" ? "备注" : "note"], locale);
    assert.equal(Object.keys(table.columns.fields).length, table.headers.length - 1, locale);
    // Each field's header is its name in that language, as the queue's template writes it.
    for (const [field, index] of Object.entries(table.columns.fields)) assert.equal(table.headers[index], wordOf(fieldInfo(field)), locale);
    const template = parseCsv(readFileSync(new URL(`../../queue/templates/disputes-${locale.slice(0, 2)}.csv`, import.meta.url))).headers;
    assert.ok(table.headers.filter((h) => template.includes(h)).length >= 15, `${locale}: few of the template's headers`);
  }
});

test("in every locale each row is a valid input the engine decides, with the locale's notes", async () => {
  const englishNotes = new Set();
  let englishHeaders;
  for (const locale of ["en", ...LOCALES.filter((l) => l !== "en")]) {
    const { table, results } = await evaluated({ locale, today: TODAY, rows: 120 });
    assert.equal(table.rows.length, 120, locale);
    const refused = results.flatMap((r, i) => (r.ok ? [] : [`${table.rows[i].id}: ${r.error.field} ${r.error.code} ${r.error.message}`]));
    assert.deepEqual(refused, [], locale);
    assert.equal(new Set(table.rows.map((r) => r.id)).size, 120, `${locale}: order numbers repeat`);
    // Locales without header words of their own get the English headers.
    if (locale === "en") englishHeaders = table.headers;
    else if (!(locale in HEADER_WORDS)) assert.deepEqual(table.headers, englishHeaders, locale);
    const notes = new Set(table.rows.map((r) => Object.values(r.extras)[0]).filter(Boolean));
    assert.ok(notes.size >= 4, `${locale}: ${[...notes]}`);
    if (locale === "en") notes.forEach((n) => englishNotes.add(n));
    else for (const note of notes) assert.ok(!englishNotes.has(note), `${locale}: "${note}" is the English note`);
  }
});

test("the outcomes are mixed and the deadlines fall near today: some passed, some due within days, some later", async () => {
  const { entries } = await evaluated({ locale: "en", today: TODAY });
  const outcomes = new Map();
  for (const e of entries) outcomes.set(e.outcome, (outcomes.get(e.outcome) ?? 0) + 1);
  assert.ok(!outcomes.has("refused"), [...outcomes].join(" "));
  assert.ok(outcomes.size >= 5, [...outcomes].join(" "));
  for (const outcome of ["reject", "refund_full", "return_refund", "wait"]) assert.ok(outcomes.get(outcome) >= 15, `${outcome}: ${outcomes.get(outcome)}`);
  const share = (test) => entries.filter(test).length / entries.length;
  const passed = share((e) => !e.deadline && e.passed);
  const dueSoon = share((e) => e.deadline && e.deadline.daysLeft <= 3);
  const later = share((e) => e.deadline && e.deadline.daysLeft > 7);
  assert.ok(passed >= 0.1 && passed <= 0.5, `passed ${passed}`);
  assert.ok(dueSoon >= 0.2, `due within 3 days ${dueSoon}`);
  assert.ok(later >= 0.05, `due after a week ${later}`);
  // The ones due soon are due near today, not in another year.
  const spread = entries.filter((e) => e.deadline).map((e) => e.deadline.daysLeft);
  assert.ok(Math.min(...spread) === 0 && Math.max(...spread) < 120, `${Math.min(...spread)}..${Math.max(...spread)}`);
});

test("the same arguments give the same file; another seed another one", () => {
  const a = sampleExport({ locale: "zh-CN", today: TODAY, seed: 7 });
  assert.deepEqual(sampleExport({ locale: "zh-CN", today: TODAY, seed: 7 }), a);
  assert.notEqual(sampleExport({ locale: "zh-CN", today: TODAY, seed: 8 }).text, a.text);
  assert.equal(a.name, `sample-disputes-zh-CN-${TODAY}.csv`);
  assert.ok(a.text.startsWith("\uFEFF订单号,"));
  // "300 rows" unless told otherwise; a header and one line per row.
  assert.equal(sampleExport({ today: TODAY }).text.trimEnd().split("\r\n").length, 301);
});

test("another today moves every date by as many days, and nothing else", () => {
  const later = addDays(TODAY, 45);
  const lines = (today) => parseCsv(sampleExport({ locale: "fr", today, seed: 3 }).text);
  const before = lines(TODAY);
  const after = lines(later);
  assert.deepEqual(after.headers, before.headers);
  const dateColumns = before.headers.flatMap((h, i) => (h.startsWith("dates.") ? [i] : []));
  assert.ok(dateColumns.length >= 5);
  let moved = 0;
  before.records.forEach((record, r) => {
    record.forEach((cell, c) => {
      if (dateColumns.includes(c) && cell) {
        assert.equal(after.records[r][c], addDays(cell, 45));
        moved++;
      } else assert.equal(after.records[r][c], cell);
    });
  });
  assert.ok(moved > 1000, `${moved} dates`);
  assert.equal(sampleExport({ today: later }).name, `sample-disputes-en-${later}.csv`);
});

test("the module never reads the clock, and refuses a today that is not a date", () => {
  const RealDate = globalThis.Date;
  class NoClock extends RealDate {
    constructor(...args) {
      if (args.length === 0) throw new Error("the clock was read");
      super(...args);
    }
    static now() {
      throw new Error("the clock was read");
    }
  }
  globalThis.Date = NoClock;
  try {
    assert.equal(sampleExport({ today: "2030-02-28", rows: 50 }).name, "sample-disputes-en-2030-02-28.csv");
  } finally {
    globalThis.Date = RealDate;
  }
  for (const today of [undefined, "", "8/12/2026", "2026-12-8", "2026-02-30", new Date()]) {
    assert.throws(() => sampleExport({ today }), TypeError, String(today));
  }
  assert.throws(() => sampleExport({ today: TODAY, rows: 0 }), TypeError);
  // An unknown locale is English.
  assert.deepEqual(sampleExport({ today: TODAY, locale: "xx", rows: 5 }), sampleExport({ today: TODAY, rows: 5 }));
});
