// dispute-calc triage, from the installed tarball: the queue's own 1,000-row test export in both
// encodings and header languages, refused rows, --map, stdout and --out, exit statuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import iconv from "iconv-lite";
import { exportCsv, importCsv, runQueue, sortEntries, triage, REFUSED, renderReplies, replyLocales } from "../../queue/index.js";
import { engine, run, scratch, script } from "./run.mjs";

const AS_OF = "2026-06-01";
const dir = scratch();
// The queue's test export: 1,000 generated rows, every 50th refused (a delivery before the
// shipment), English headers, UTF-8 with a BOM; and the same with Chinese headers in GBK.
const english = join(dir, "queue.csv");
const chinese = join(dir, "queue-gbk.csv");
writeFileSync(english, await script(["scripts/generate-queue.mjs", "1000", "--bad-every", "50"]));
writeFileSync(chinese, await script(["scripts/generate-queue.mjs", "1000", "--bad-every", "50", "--zh", "--gbk"]));

/** The queue core in this process, as <dispute-queue> runs it: import, runQueue, triage. */
async function inProcess(bytes, { mapping = null } = {}) {
  const table = importCsv(bytes, { mapping });
  const results = await runQueue(table.rows, { asOf: AS_OF, evaluate: async (items) => engine.evaluateDisputes(items, { text: false }) });
  const entries = triage(table.rows, results, { asOf: AS_OF });
  return { table, results, entries };
}
/** The replies as <dispute-queue> renders them for its export: a second pass over the decided rows. */
async function repliesInProcess(table, results, { locale = "en" } = {}) {
  const options = { locale, asOf: AS_OF };
  for (const tag of replyLocales(table.rows, options)) await engine.loadLocale(tag);
  return renderReplies(table.rows, results, { ...options, evaluate: async (items) => engine.evaluateDisputes(items) });
}
const parse = (bytes) => Papa.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const sorted = (rows) => rows.map((r) => JSON.stringify(r)).sort();

test("the queue's 1,000-row test export: the same rows and outcomes as the queue core in process", async () => {
  const out = join(dir, "triaged.csv");
  const { status, stdout, stderr } = await run(["triage", english, "--as-of", AS_OF, "--out", out]);
  assert.equal(status, 0, stderr);
  assert.equal(stdout.length, 0, "the export went to --out");
  const cli = readFileSync(out);
  assert.deepEqual([...cli.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a BOM");

  const { table, results, entries } = await inProcess(readFileSync(english));
  const replies = await repliesInProcess(table, results);
  // <dispute-queue>'s export (the file's order) has exactly the rows the command wrote...
  const element = parse(Buffer.from(exportCsv(table, results, { replies })));
  const rows = parse(cli);
  assert.deepEqual(rows[0], element[0], "the same columns");
  assert.equal(rows.length, 1001);
  assert.deepEqual(sorted(rows.slice(1)), sorted(element.slice(1)), "the same rows, cell for cell");
  // ...in the order of urgency, byte for byte what the core's sort and export give.
  const urgent = sortEntries(entries);
  const expected = exportCsv(table, results, { order: urgent.map((e) => e.index), replies });
  assert.equal(cli.toString("utf8"), expected);
  // Outcomes per order id, and the refused rows: every 50th, for the delivery before shipment.
  const col = (name) => rows[0].indexOf(name);
  const outcomeOf = new Map(rows.slice(1).map((r) => [r[0], r[col("result.outcome")] || REFUSED]));
  for (const e of entries) assert.equal(outcomeOf.get(e.id), e.outcome, e.id);
  const refused = rows.slice(1).filter((r) => r[col("error.code")]);
  assert.equal(refused.length, 20);
  assert.ok(refused.every((r) => r[col("error.code")] === "date_order" && r[col("error.field")] === "dates.delivered"));
  // The summary on stderr: rows, outcomes, refused rows with their line, refunds per currency.
  assert.match(stderr, /1000 rows \(utf-8-bom\), as of 2026-06-01/);
  assert.match(stderr, /refused 20/);
  const listed = [...stderr.matchAll(/queue\.csv:(\d+): (\S+) refused: date_order dates\.delivered: /g)];
  assert.deepEqual(listed.map((m) => Number(m[1])), Array.from({ length: 20 }, (_, k) => 50 * k + 51), "line = row + header");
  assert.deepEqual(listed.map((m) => m[2]), entries.filter((e) => e.outcome === REFUSED).map((e) => e.id));
  const cny = entries.filter((e) => e.currency === "CNY" && e.refund !== null).reduce((a, e) => a + BigInt(e.refund), 0n);
  assert.match(stderr, new RegExp(`refunds: .*CNY ${cny / 100n}\\.${String(cny % 100n).padStart(2, "0")}`));
  assert.ok(!stderr.includes("\r"), "no progress bar when stderr is not a terminal");
});

test("GBK with Chinese headers: the same rows and results as UTF-8 with English headers; stdout = --out", async () => {
  const bytes = readFileSync(chinese);
  assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), "the file is not UTF-8");
  const zh = await run(["triage", chinese, "--as-of", AS_OF]);
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stderr, /1000 rows \(gb18030\)/);
  assert.match(zh.stderr, /export: stdout/);
  const en = await run(["triage", english, "--as-of", AS_OF]);
  const [zhHead, ...zhRows] = parse(zh.stdout);
  const [enHead, ...enRows] = parse(en.stdout);
  assert.ok(zhHead.includes("订单号") && zhHead.includes("备注"), "Chinese headers kept as they came");
  assert.deepEqual(zhHead.filter((h) => /^(result|error)\./.test(h)), enHead.filter((h) => /^(result|error)\./.test(h)));
  assert.deepEqual(zhRows, enRows, "cell for cell, in the same order (Chinese notes decoded, not mojibake)");
  assert.ok(zhRows.some((r) => r.includes("买家多次催促")));
  // stdout and --out write the same bytes.
  const out = join(dir, "zh.csv");
  const again = await run(["triage", chinese, "--as-of", AS_OF, "-o", out]);
  assert.equal(again.status, 0);
  assert.ok(readFileSync(out).equals(zh.stdout));
});

test("a file read from stdin (\"-\") gives the same export", async () => {
  const piped = await run(["triage", "-", "--as-of", AS_OF], { input: readFileSync(english) });
  const named = await run(["triage", english, "--as-of", AS_OF]);
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(piped.stdout.equals(named.stdout));
  assert.match(piped.stderr, /triage: stdin: 1000 rows/);
});

// A back-office export with its own header names, one amount that is not an amount, a bad date order.
const custom = [
  "Ticket,Shop rules,Claim,Cur,Paid,Placed,Sent,Received,Opened,Comment",
  "K-1,taobao,no_reason,CNY,199.00,2026-05-20,2026-05-21,2026-05-29,2026-05-31,ok",
  "K-2,taobao,no_reason,CNY,12.3.4,2026-05-20,2026-05-21,2026-05-29,2026-05-31,bad amount",
  "K-3,aliexpress,not_received,USD,25.99,2026-05-01,2026-05-02,2026-04-01,2026-05-30,bad dates",
  "K-4,amazon,damaged_in_transit,JPY,5000,2026-05-01,2026-05-02,2026-05-10,2026-05-31,=HYPERLINK(\"x\")",
].join("\r\n");
const maps = ["Ticket=orderId", "Shop rules=ruleset", "Claim=reason", "Cur=currency", "Paid=price", "Placed=dates.ordered", "Sent=dates.shipped", "Received=dates.delivered", "Opened=dates.opened"]
  .flatMap((m) => ["--map", m]);

test("--map names the columns the queue does not recognise; refused rows are listed and never stop the run", async () => {
  const file = join(dir, "custom.csv");
  writeFileSync(file, custom);
  const without = await run(["triage", file, "--as-of", AS_OF]);
  assert.equal(without.status, 2, "no column for the required fields");
  assert.match(without.stderr, /custom\.csv:1: no column for orderId, ruleset, reason, currency, price/);
  assert.match(without.stderr, /--map COLUMN=FIELD/);
  assert.equal(without.stdout.length, 0);

  const { status, stdout, stderr } = await run(["triage", file, "--as-of", AS_OF, ...maps]);
  assert.equal(status, 0, stderr);
  const [head, ...rows] = parse(stdout);
  assert.deepEqual(head.slice(0, 10), custom.split("\r\n")[0].split(","), "the file's own headers are kept");
  const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
  const col = (name) => head.indexOf(name);
  assert.equal(byId["K-1"][col("result.outcome")], "return_refund");
  assert.equal(byId["K-1"][col("result.refund")], "199.00");
  assert.deepEqual([byId["K-2"][col("error.code")], byId["K-2"][col("error.field")]], ["invalid_amount", "price"]);
  assert.deepEqual([byId["K-3"][col("error.code")], byId["K-3"][col("error.field")]], ["date_order", "dates.delivered"]);
  assert.equal(byId["K-4"][col("Comment")], "'=HYPERLINK(\"x\")", "a formula is written inert");
  assert.match(stderr, /custom\.csv:3: K-2 refused: invalid_amount price: /);
  assert.match(stderr, /custom\.csv:4: K-3 refused: date_order dates\.delivered: /);
  assert.match(stderr, /refused 2/);
  assert.match(stderr, /refunds: .*CNY 199\.00/);
  // The same file with the engine's field names as headers needs no --map and gives the same rows.
  const named = custom.replace(/^.*\r\n/, "orderId,ruleset,reason,currency,price,dates.ordered,dates.shipped,dates.delivered,dates.opened,Comment\r\n");
  const plain = await run(["triage", "-", "--as-of", AS_OF], { input: named });
  assert.deepEqual(parse(plain.stdout).slice(1), rows);
});

test("bad usage exits 1, an unreadable input 2; messages name the file", async () => {
  const file = join(dir, "custom.csv");
  const cases = [
    [["triage"], 1, /which file\?/],
    [["triage", english, "--as-of", "2026-02-30"], 1, /--as-of must be a date YYYY-MM-DD; got "2026-02-30"/],
    [["triage", english, "--as-of"], 1, /--as-of/],
    [["triage", english, "--frobnicate"], 1, /Unknown option '--frobnicate'/],
    [["triage", english, "other.csv"], 1, /unexpected argument "other\.csv"/],
    [["triage", english, "--locale", "xx"], 1, /--locale: locale must be/],
    [["triage", file, "--map", "Ticket"], 1, /--map takes COLUMN=FIELD/],
    [["triage", file, "--map", "Ticket=ticketNumber"], 1, /"ticketNumber" is not a field the queue reads/],
    [["triage", file, ...maps, "--map", "Nope=note"], 1, /"note" is not a field/],
    [["triage", file, ...maps.slice(0, -2), "--map", "Opened on=dates.opened"], 1, /custom\.csv has no column "Opened on"/],
    [["triage", join(dir, "missing.csv")], 2, /cannot read .*missing\.csv: no such file/],
    [["triage", dir], 2, /cannot read .*: is a directory/],
    [["triage", english, "--out", join(dir, "no", "such", "dir.csv")], 2, /cannot write .*dir\.csv: no such file/],
    [["nonsense"], 1, /no command "nonsense"/],
    [[], 1, /which command\?/],
  ];
  for (const [args, status, message] of cases) {
    const r = await run(args);
    assert.equal(r.status, status, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
  }
  // Bytes that are neither UTF-8 nor GB18030, and an empty file.
  const binary = join(dir, "binary.csv");
  writeFileSync(binary, Buffer.from([0x6f, 0x72, 0x64, 0xff, 0xff, 0xff, 0x0a, 0x80, 0x80]));
  const bad = await run(["triage", binary]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /binary\.csv: the file is neither UTF-8 nor GB18030\/GBK text/);
  const empty = join(dir, "empty.csv");
  writeFileSync(empty, "");
  const none = await run(["triage", empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /empty\.csv: the file has no header row/);
  assert.ok(!existsSync(join(dir, "no")));
});

test("--help, --version, and npx from the installed package", async () => {
  for (const command of ["triage", "evaluate", "rulesets"]) {
    const r = await run([command, "--help"]);
    assert.equal(r.status, 0);
    assert.match(r.stdout.toString(), new RegExp(`^usage: dispute-calc ${command}`));
  }
  const top = await run(["--help"]);
  assert.match(top.stdout.toString(), /triage <file\.csv>[\s\S]*evaluate[\s\S]*rulesets/);
  const version = await run(["--version"], { npx: true });
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.toString().trim(), JSON.parse(readFileSync(join(import.meta.dirname, "../../.tmp/consumer/node_modules/dispute-calc/package.json"), "utf8")).version);
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "../../.tmp/consumer/node_modules/dispute-calc/package.json"), "utf8"));
  assert.deepEqual(manifest.bin, { "dispute-calc": "./cli/dispute-calc.mjs" });
  assert.equal(manifest.dependencies, undefined, "Papa Parse and the queue core are bundled: no runtime dependency");
});

test("--locale and --reply-locale are the inputs' locale and replyLocale for rows without their own", async () => {
  const file = join(dir, "custom.csv");
  const zh = await run(["triage", file, "--as-of", AS_OF, "--locale", "zh-CN", "--no-replies", ...maps]);
  assert.equal(zh.status, 0, zh.stderr);
  const plain = await run(["triage", file, "--as-of", AS_OF, "--no-replies", ...maps]);
  assert.ok(zh.stdout.equals(plain.stdout), "a locale changes texts only; without replies the export has none");

  // replyLocale is passed only when given. An engine that does not know the field yet refuses
  // every row that carries it (unknown_field): that also shows it was passed through. Once the
  // engine accepts replyLocale, the same rows are decided as without it.
  const sample = { ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 100, asOf: AS_OF, replyLocale: "zh-CN" };
  const [probe] = engine.evaluateDisputes([sample], { text: false });
  const reply = await run(["triage", file, "--as-of", AS_OF, "--reply-locale", "zh-CN", "--no-replies", ...maps]);
  assert.equal(reply.status, 0, reply.stderr);
  const [head, ...rows] = parse(reply.stdout);
  if (!probe.ok && probe.error.code === "unknown_field") {
    const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
    for (const id of ["K-1", "K-4"]) assert.deepEqual([byId[id][head.indexOf("error.code")], byId[id][head.indexOf("error.field")]], ["unknown_field", "replyLocale"]);
    assert.equal(byId["K-2"][head.indexOf("error.code")], "invalid_amount", "a row refused at import keeps its own error");
  } else {
    assert.ok(probe.ok, JSON.stringify(probe));
    assert.ok(reply.stdout.equals(plain.stdout), "replyLocale changes texts only");
  }
});

// Buyers in several languages: a destination country, a buyerLanguage column, a Chinese-locale row
// without a destination, a row with none of them, and a refused row (delivered before shipped).
const buyers = [
  "orderId,ruleset,reason,currency,price,dates.ordered,dates.shipped,dates.delivered,dates.opened,destination,locale,buyerLanguage",
  "B-DE,amazon,damaged_in_transit,EUR,80.00,2026-05-01,2026-05-02,2026-05-10,2026-05-31,DE,,",
  "B-JA,amazon,damaged_in_transit,JPY,5000,2026-05-01,2026-05-02,2026-05-10,2026-05-31,US,en,ja",
  "B-ZH,taobao,no_reason,CNY,199.00,2026-05-20,2026-05-21,2026-05-29,2026-05-31,,zh-CN,",
  "B-EN,taobao,no_reason,CNY,99.00,2026-05-20,2026-05-21,2026-05-29,2026-05-31,,,",
  "B-NO,aliexpress,not_received,USD,25.99,2026-05-01,2026-05-02,2026-04-01,2026-05-30,FR,,",
].join("\r\n");

/** The command's export by order id: { head, byId, cell(id, column) }. */
function exported(stdout) {
  const [head, ...rows] = parse(stdout);
  const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
  return { head, byId, cell: (id, column) => byId[id][head.indexOf(column)] };
}

/** What the package itself replies for a row of the file, in a given language. */
async function packageReply(csv, id, replyLocale, { locale } = {}) {
  const row = importCsv(csv).rows.find((r) => r.cells[0] === id);
  await engine.loadLocale(replyLocale);
  const input = { asOf: AS_OF, ...row.input, replyLocale };
  if (locale && input.locale === undefined) input.locale = locale;
  return engine.evaluateDispute(input).reply;
}

test("each decided row's reply in its buyer's language: buyerLanguage, else the destination's, else the row's locale; none for a refused row", async () => {
  const file = join(dir, "buyers.csv");
  writeFileSync(file, buyers);
  const { status, stdout, stderr } = await run(["triage", file, "--as-of", AS_OF]);
  assert.equal(status, 0, stderr);
  const { head, cell } = exported(stdout);
  // The element's columns, in the element's place: after the results, before the errors.
  assert.equal(head.indexOf("result.replyLocale"), head.indexOf("result.failedCheck") + 1);
  assert.equal(head.indexOf("result.reply"), head.indexOf("result.replyLocale") + 1);
  assert.equal(head.indexOf("error.code"), head.indexOf("result.reply") + 1);
  const languages = { "B-DE": "de", "B-JA": "ja", "B-ZH": "zh-CN", "B-EN": "en" };
  for (const [id, tag] of Object.entries(languages)) {
    assert.equal(cell(id, "result.replyLocale"), tag, id);
    assert.equal(cell(id, "result.reply"), await packageReply(buyers, id, tag), `${id}: the package's own reply in ${tag}`);
  }
  // The replies really are in different languages (an English reply everywhere would fail above).
  assert.notEqual(cell("B-DE", "result.reply"), await packageReply(buyers, "B-DE", "en"));
  assert.match(cell("B-JA", "result.reply"), /[\u3040-\u30ff]/, "Japanese kana");
  assert.match(cell("B-ZH", "result.reply"), /[\u4e00-\u9fff]/, "Chinese");
  // The refused row: its error, and no reply.
  assert.equal(cell("B-NO", "error.code"), "date_order");
  assert.deepEqual([cell("B-NO", "result.replyLocale"), cell("B-NO", "result.reply")], ["", ""]);
});

test("--reply-locale is the reply's language of rows without their own; --locale the seller's for rows without locale", async () => {
  const file = join(dir, "buyers.csv");
  writeFileSync(file, buyers);
  const fr = await run(["triage", file, "--as-of", AS_OF, "--reply-locale", "fr"]);
  assert.equal(fr.status, 0, fr.stderr);
  const french = exported(fr.stdout);
  // A row's own buyerLanguage wins; every other row takes the option over its destination and locale.
  const expected = { "B-DE": "fr", "B-JA": "ja", "B-ZH": "fr", "B-EN": "fr" };
  for (const [id, tag] of Object.entries(expected)) {
    assert.equal(french.cell(id, "result.replyLocale"), tag, id);
    assert.equal(french.cell(id, "result.reply"), await packageReply(buyers, id, tag), id);
  }
  const zh = await run(["triage", file, "--as-of", AS_OF, "--locale", "zh-CN"]);
  assert.equal(zh.status, 0, zh.stderr);
  const chinese = exported(zh.stdout);
  // Only the row with no language of its own changes: to the seller's.
  const languages = { "B-DE": "de", "B-JA": "ja", "B-ZH": "zh-CN", "B-EN": "zh-CN" };
  for (const [id, tag] of Object.entries(languages)) {
    assert.equal(chinese.cell(id, "result.replyLocale"), tag, id);
    assert.equal(chinese.cell(id, "result.reply"), await packageReply(buyers, id, tag, { locale: "zh-CN" }), id);
  }
});

test("--no-replies leaves the reply columns out: the export the queue core writes without replies", async () => {
  const file = join(dir, "buyers.csv");
  writeFileSync(file, buyers);
  const { status, stdout, stderr } = await run(["triage", file, "--as-of", AS_OF, "--no-replies"]);
  assert.equal(status, 0, stderr);
  const { head } = exported(stdout);
  assert.ok(!head.includes("result.reply") && !head.includes("result.replyLocale"), head.join(","));
  const { table, results, entries } = await inProcess(Buffer.from(buyers));
  const order = sortEntries(entries).map((e) => e.index);
  assert.equal(stdout.toString("utf8"), exportCsv(table, results, { order }));
  // With the replies, the same export but for the two columns.
  const withReplies = await run(["triage", file, "--as-of", AS_OF]);
  const full = parse(withReplies.stdout);
  const at = full[0].indexOf("result.replyLocale");
  assert.deepEqual(full.map((r) => r.filter((_, c) => c !== at && c !== at + 1)), parse(stdout));
  assert.match((await run(["triage", "--help"])).stdout.toString(), /--no-replies/);
});
