// The queue's CSV import: encodings, amounts, booleans, dates, mapping, refused rows, templates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import {
  CURRENCIES,
  QueueImportError,
  decodeBytes,
  formatAmount,
  importCsv,
  importCsvAsync,
  parseAmount,
  remapRows,
  resolveColumns,
  runQueue,
  serialiseMapping,
  storedMappingFor,
  tableFromItems,
  exportCsv,
} from "../../queue/index.js";
import { chineseHeaders } from "../../queue/fields.js";
import { generateItems } from "../../queue/generate.js";
import { engine, evaluateHere, repoRoot } from "./engine.mjs";

const utf8 = (text) => new TextEncoder().encode(text);
const sameRows = (a, b) => assert.deepEqual(a.map(({ id, input, extras, error }) => ({ id, input, extras, error })), b.map(({ id, input, extras, error }) => ({ id, input, extras, error })));

// 1,000 generated rows with Chinese headers and Chinese notes, as the three encodings.
const thousand = tableFromItems(generateItems(1000, { badEvery: 97 }));
thousand.headers = chineseHeaders(thousand.headers);
const thousandText = exportCsv(thousand, null).replace(/^\uFEFF/, "");

test("a 1,000-row file reads the same from UTF-8, UTF-8 with BOM and GBK, never mojibake", () => {
  const plain = importCsv(utf8(thousandText));
  const bom = importCsv(utf8("\uFEFF" + thousandText));
  const gbkBytes = iconv.encode(thousandText, "gbk");
  assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(gbkBytes), "the GBK bytes are not UTF-8");
  const gbk = importCsv(gbkBytes);
  assert.deepEqual([plain.encoding, bom.encoding, gbk.encoding], ["utf-8", "utf-8-bom", "gb18030"]);
  assert.equal(plain.rows.length, 1000);
  assert.equal(plain.headers[0], "订单号", "the BOM is not part of the first header");
  assert.deepEqual(bom.headers, plain.headers);
  assert.deepEqual(gbk.headers, plain.headers);
  sameRows(bom.rows, plain.rows);
  sameRows(gbk.rows, plain.rows);
  assert.ok(gbk.rows.some((row) => row.extras["备注"] === "买家多次催促"));
  assert.deepEqual(plain.columns.missing, []);
  assert.equal(plain.rows.filter((row) => row.error).length, 0, "every generated row is a well-formed input");
});

test("GB18030 beyond GBK (four-byte sequences) and bytes that are no known encoding", () => {
  const text = "orderId,note\nA1,𠀀 and € and 你好\n";
  const table = importCsv(iconv.encode(text, "gb18030"));
  assert.equal(table.encoding, "gb18030");
  assert.equal(table.rows[0].extras.note, "𠀀 and € and 你好");
  assert.throws(() => decodeBytes(Uint8Array.of(0x61, 0xff, 0x0a)), (e) => e instanceof QueueImportError && e.code === "unknown_encoding");
  assert.equal(decodeBytes(Uint8Array.of(0xff, 0xfe, 0x41, 0, 0x42, 0)).text, "AB", "UTF-16 with a BOM (Excel's Unicode text)");
});

test("amounts as spreadsheets write them, converted exactly with the currency's decimals", () => {
  const cases = [
    ["129.00", "USD", 12900],
    ["129", "USD", 12900],
    ["1,299.00", "USD", 129900],
    ["12,345,678.9", "USD", 1234567890],
    [" 129.5 ", "USD", 12950],
    [".5", "USD", 50],
    ["0.01", "USD", 1],
    ["0.10", "USD", 10],
    ["1.230", "USD", 123], // a trailing zero beyond the decimals is still exact
    ["1299", "JPY", 1299],
    ["1,299", "JPY", 1299],
    ["1299.0", "JPY", 1299],
    ["1.234", "KWD", 1234],
    ["90071992547409.91", "USD", Number.MAX_SAFE_INTEGER],
    ["0.29", "USD", 29], // 0.29 * 100 is 28.999... as a float
    ["1.005", "KWD", 1005],
  ];
  for (const [text, currency, minor] of cases) assert.deepEqual(parseAmount(text, currency), { ok: true, value: minor }, `${text} ${currency}`);
  const refused = [
    ["1.001", "USD"],
    ["1299.5", "JPY"],
    ["1.2345", "KWD"],
    ["90071992547409.92", "USD"],
    ["-1", "USD"],
    ["1,29", "USD"],
    ["12,34,567", "USD"],
    ["1.2.3", "USD"],
    ["", "USD"],
    [".", "USD"],
    ["1e3", "USD"],
    ["¥12", "CNY"],
    ["12", "XXX"],
  ];
  for (const [text, currency] of refused) assert.equal(parseAmount(text, currency).ok, false, `${text} ${currency}`);
  assert.deepEqual(
    [formatAmount(129900, "USD"), formatAmount(5, "USD"), formatAmount(1299, "JPY"), formatAmount(5, "KWD"), formatAmount(0, "CNY")],
    ["1299.00", "0.05", "1299", "0.005", "0.00"],
  );
});

test("the queue's currencies are the vocabulary's, and the engine accepts each (and no other)", () => {
  // vocabulary.json is generated from the engine's own table: no brute force over every code.
  const dispute = (currency) => ({
    ruleset: "amazon", reason: "not_as_described", asOf: "2024-06-20", currency, price: 12345,
    dates: { ordered: "2024-06-01", delivered: "2024-06-10" }, request: "partial_refund", requestedAmount: 1234,
  });
  const unknown = ["XXX", "BIF", "cny", "USDT"];
  const results = engine.evaluateDisputes([...CURRENCIES, ...unknown].map(dispute));
  for (const [i, code] of CURRENCIES.entries()) {
    assert.ok(results[i].ok, code);
    assert.equal(results[i].value.refund, 1234, code);
  }
  assert.deepEqual(results.slice(CURRENCIES.length).map((r) => r.ok || r.error.code), unknown.map(() => "unknown_value"));
});

test("an amount cell becomes the row's error when it cannot be converted, with the field", () => {
  const { rows } = importCsv("orderId,ruleset,reason,currency,price,shippingPaid\nA,amazon,quality,USD,12.345,0\nB,amazon,quality,JPY,10,1.5\nC,amazon,quality,,10,\n");
  assert.deepEqual(rows.map((r) => [r.error.code, r.error.field]), [["invalid_amount", "price"], ["invalid_amount", "shippingPaid"], ["missing_field", "price"]]);
  assert.equal(rows[0].input, null);
  assert.match(rows[0].error.message, /USD has 2 decimals/);
});

test("booleans: true/false, yes/no, 是/否, 1/0; anything else names the field", () => {
  const yes = ["true", "TRUE", "yes", "Y", "1", "是"];
  const no = ["false", "No", "n", "0", "否"];
  const csv = "orderId,evidence.buyerPhotos\n" + [...yes, ...no, "maybe"].map((v, i) => `R${i},${v}`).join("\n");
  const { rows } = importCsv(csv);
  assert.deepEqual(rows.slice(0, -1).map((r) => r.input.evidence.buyerPhotos), [...yes.map(() => true), ...no.map(() => false)]);
  assert.deepEqual([rows.at(-1).error.code, rows.at(-1).error.field], ["invalid_type", "evidence.buyerPhotos"]);
});

test("dates as Excel writes them; nested fields by dotted header; policy parameters; empty cells are absent", () => {
  const { rows } = importCsv(
    "orderId,dates.shipped,dates.delivered,item.odometerKm,policy.handlingDays,policy.holidays,request\nA,2024/5/1,2024-05-03T10:00:00+08:00,12000,5,2024-10-01;2024-10-02,\n",
  );
  assert.deepEqual(rows[0].input, {
    dates: { shipped: "2024-05-01", delivered: "2024-05-03T10:00:00+08:00" },
    item: { odometerKm: 12000 },
    policy: { handlingDays: 5, holidays: ["2024-10-01", "2024-10-02"] },
  });
  const bad = importCsv("orderId,policy.handlingDays\nA,5.5\n").rows[0];
  assert.deepEqual([bad.error.code, bad.error.field], ["invalid_type", "policy.handlingDays"]);
});

test("headers: API names, the template's Chinese names, other spellings; unknown columns are extras", () => {
  const headers = ["Order ID", "RULESET", "原因", "currency", "商品金额", "Buyer name", "note"];
  const columns = resolveColumns(headers);
  assert.deepEqual(columns.fields, { orderId: 0, ruleset: 1, reason: 2, currency: 3, price: 4 });
  assert.deepEqual(columns.extras, [5, 6]);
  assert.equal(columns.needsMapping, false);
});

test("mapping with unknown headers: the missing fields, the user's mapping, stored and re-applied", () => {
  const csv = "单号,平台,售后类型,货币,金额(元),买家\nT1,taobao,quality,CNY,19.90,张三\n";
  const table = importCsv(csv);
  assert.deepEqual(table.columns.missing, ["orderId", "ruleset", "reason", "price"]);
  assert.equal(table.columns.needsMapping, true);
  assert.equal(table.rows[0].id, "", "no id column yet");
  assert.equal(table.rows[0].input.currency, "CNY", "what is recognised is read already");

  const mapping = { orderId: "单号", ruleset: "平台", reason: "售后类型", price: "金额(元)" };
  const mapped = remapRows(table, mapping);
  assert.equal(mapped.columns.needsMapping, false);
  assert.equal(mapped.rows[0].id, "T1");
  assert.deepEqual(mapped.rows[0].input, { ruleset: "taobao", reason: "quality", currency: "CNY", price: 1990 });
  assert.deepEqual(mapped.rows[0].extras, { 买家: "张三" });

  // Stored as text (the UI keeps it in localStorage) and re-applied to the next file with the same headers.
  const stored = serialiseMapping(table.headers, mapping);
  const again = storedMappingFor([...table.headers].reverse(), stored);
  assert.deepEqual(again, mapping);
  sameRows(importCsv(csv, { mapping: again }).rows, mapped.rows);
  assert.equal(storedMappingFor([...table.headers, "another"], stored), null, "other headers: no stored mapping");
  assert.equal(storedMappingFor(table.headers, "not json"), null);
  assert.equal(storedMappingFor(table.headers, '{"version":2}'), null);

  // The user's choice wins over recognition, and "no column" is respected.
  const overridden = resolveColumns(["orderId", "price", "total"], { price: "total", orderId: "" });
  assert.deepEqual(overridden.fields, { price: 2 });
  assert.deepEqual(overridden.extras, [0, 1]);
  assert.deepEqual(overridden.missing, ["orderId", "ruleset", "reason", "currency"]);
});

test("refused rows carry their field: import errors, and the engine's own error without the batch index", async () => {
  const csv = [
    "orderId,ruleset,reason,currency,price,tracking,dates.ordered,dates.shipped,dates.delivered,asOf",
    "OK1,aliexpress,not_received,USD,25.99,in_transit,2015-03-03,2015-03-05,,2015-04-20",
    "BAD1,aliexpress,not_received,USD,25.99,,2015-03-03,2015-03-05,2015-03-04,2015-04-20",
    "BAD2,ebayy,not_received,USD,25.99,,2015-03-03,,,2015-04-20",
    "BAD3,aliexpress,not_received,USD,25.999,,2015-03-03,,,2015-04-20",
    'BAD4,aliexpress,not_received,USD,1,,2015-03-03,"2015-03-05',
  ].join("\n");
  const table = importCsv(csv);
  const results = await runQueue(table.rows, { evaluate: evaluateHere });
  assert.equal(results.length, 5, "every row is kept");
  assert.equal(results[0].ok, true);
  assert.deepEqual(results.slice(1).map((r) => [r.ok, r.error.code, r.error.field]), [
    [false, "date_order", "dates.delivered"],
    [false, "unknown_value", "ruleset"],
    [false, "invalid_amount", "price"],
    [false, "invalid_csv", ""],
  ]);
});

test("a row's own asOf wins; rows without one get the run's as-of date", async () => {
  const sent = [];
  const table = importCsv("orderId,ruleset,asOf\nA,taobao,2024-01-05\nB,taobao,\n");
  await runQueue(table.rows, { asOf: "2024-02-01", evaluate: async (items) => (sent.push(...items), items.map(() => ({ ok: true, value: {} }))) });
  assert.deepEqual(sent.map((item) => item.asOf), ["2024-01-05", "2024-02-01"]);
  assert.equal(table.rows[1].input.asOf, undefined, "the row itself is not changed");
});

test("both templates read without a refusal, to the same inputs, and the engine decides every row", async () => {
  const en = importCsv(readFileSync(join(repoRoot, "queue/templates/disputes-en.csv")));
  const zh = importCsv(readFileSync(join(repoRoot, "queue/templates/disputes-zh.csv")));
  assert.equal(en.columns.needsMapping, false);
  assert.equal(zh.columns.needsMapping, false);
  assert.ok(en.rows.length >= 5);
  sameRows(zh.rows.map((r) => ({ ...r, extras: {} })), en.rows.map((r) => ({ ...r, extras: {} })));
  const results = await runQueue(en.rows, { asOf: "2024-05-08", evaluate: evaluateHere });
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.deepEqual(new Set(en.rows.map((r) => r.input.ruleset)).size >= 5, true);
});

test("the sliced import gives the same table as the one-task import, slice boundaries anywhere", async () => {
  const tricky = [
    "orderId,ruleset,reason,currency,price,note",
    'Q1,taobao,quality,CNY,"1,299.00","a note, with a comma"',
    'Q2,taobao,quality,CNY,10,"two\nlines and ""quotes"""',
    "Q3,taobao,quality,CNY,10,too,many",
    "",
    "Q4,taobao,quality,CNY,10.001,",
    'Q5,taobao,quality,CNY,10,"=HYPERLINK(""x"")"',
  ].join("\r\n");
  for (const [input, chunkBytes] of [[tricky, 7], [tricky, 64], [utf8(thousandText), 4096], [iconv.encode(thousandText, "gbk"), 1000]]) {
    const whole = importCsv(input);
    let steps = 0;
    const sliced = await importCsvAsync(input, { chunkBytes, onProgress: () => steps++ });
    assert.deepEqual(sliced, whole);
    assert.ok(steps > 1, "more than one slice");
  }
  const rows = importCsv(tricky).rows;
  assert.deepEqual(rows.map((r) => r.error?.code ?? null), [null, null, "invalid_csv", "invalid_amount", null]);
  assert.equal(rows[1].extras.note, 'two\nlines and "quotes"');
});

test("the sliced import stops when cancelled, and reports a file with no header row", async () => {
  const controller = new AbortController();
  const run = importCsvAsync(utf8(thousandText), { chunkBytes: 2048, signal: controller.signal, onProgress: ({ rows }) => rows > 100 && controller.abort() });
  await assert.rejects(run, (e) => e.name === "AbortError");
  await assert.rejects(importCsvAsync(""), (e) => e.code === "empty_file");
  assert.throws(() => importCsv(""), (e) => e.code === "empty_file");
});

test("semicolon- and tab-separated files (Excel in other locales, Excel's Unicode text) read alike", async () => {
  const comma = importCsv('orderId,currency,price,note\r\nA,USD,"1,299.00",x\r\nB,JPY,5,y\r\n');
  const semicolon = "orderId;currency;price;note\r\nA;USD;1,299.00;x\r\nB;JPY;5;y\r\n";
  const tab = "orderId\tcurrency\tprice\tnote\nA\tUSD\t1,299.00\tx\nB\tJPY\t5\ty\n";
  for (const text of [semicolon, tab]) {
    assert.deepEqual(importCsv(text).rows, comma.rows);
    assert.deepEqual((await importCsvAsync(text, { chunkBytes: 9 })).rows, comma.rows);
  }
  assert.equal(comma.rows[0].input.price, 129900);
});

test("blank lines and rows of only empty cells are not orders; a row with any cell is kept", () => {
  const { rows } = importCsv("orderId,note\r\nA,x\r\n,\r\n\r\n , \r\n,only a note\r\nB,y\r\n");
  assert.deepEqual(rows.map((r) => [r.id, r.extras.note]), [["A", "x"], ["", "only a note"], ["B", "y"]]);
});
