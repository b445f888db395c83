// The reply in each buyer's language, in the queue's core (queue/replies.js, export.js): which
// language a row's reply is in (a buyerLanguage column, the destination country by the
// vocabulary's table, the row's locale, the seller's), the replies rendered in a second pass over
// the decided rows (the run itself renders no text), and the export's two reply columns.
import { test } from "node:test";
import assert from "node:assert/strict";
import Papa from "papaparse";
import { engine } from "./engine.mjs";
import { importCsv, exportCsv, runQueue, renderReplies, replyLocales } from "../../queue/index.js";

const HEAD = "orderId,ruleset,reason,currency,price,asOf,dates.ordered,dates.shipped,dates.delivered,dates.opened,tracking,destination,buyerLanguage";
const AE = "aliexpress,not_received,USD,25.99,2015-04-20,2015-03-03,2015-03-19,2015-04-12,2015-04-20,delivered";
const CSV = [
  HEAD,
  `A,${AE},RU,`,
  `B,${AE},BR,`,
  `C,${AE},US,DE-de`,
  `D,${AE},US,`,
  `E,${AE},FR,Russian`,
  `F,nope,not_received,USD,1.00,2015-04-20,,,,,,,`,
].join("\n");

test("a buyerLanguage column is the reply's language, as back offices write the tag", () => {
  const table = importCsv(CSV);
  assert.equal(table.columns.fields.replyLocale, 12, "buyerLanguage is the replyLocale column");
  assert.deepEqual(table.rows.map((r) => r.input?.replyLocale ?? null), [null, null, "de", null, "Russian", null]);
});

test("renderReplies: each decided row's reply in its buyer's language, equal to the package's; one language for all when chosen", async () => {
  const table = importCsv(CSV);
  const evaluateHere = async (items) => engine.evaluateDisputes(items, { text: false });
  const results = await runQueue(table.rows, { evaluate: evaluateHere });
  // Row E names a language the engine does not know: the engine refuses the row by its field.
  assert.deepEqual(results.map((r) => (r.ok ? "ok" : `${r.error.code} ${r.error.field}`)), ["ok", "ok", "ok", "ok", "unknown_value replyLocale", "unknown_value ruleset"]);
  const options = { locale: "zh-CN" };
  const needed = replyLocales(table.rows.filter((_, i) => results[i].ok), options);
  assert.deepEqual(needed.sort(), ["de", "pt-BR", "ru", "zh-CN"]);
  for (const tag of needed) await engine.loadLocale(tag);
  const progress = [];
  const replies = await renderReplies(table.rows, results, { ...options, evaluate: async (items) => engine.evaluateDisputes(items), chunkSize: 2, onProgress: (p) => progress.push(p.done) });
  assert.deepEqual(progress, [2, 4]);
  assert.deepEqual(replies.map((r) => r && r.locale), ["ru", "pt-BR", "de", "zh-CN", null, null]);
  const input = table.rows[0].input;
  assert.equal(replies[0].text, engine.evaluateDispute({ ...input, locale: "zh-CN", replyLocale: "ru" }).reply);
  assert.match(replies[0].text, /[А-Яа-яЁё]/);
  await engine.loadLocale("fr");
  const french = await renderReplies(table.rows, results, { ...options, replyLocale: "fr", evaluate: async (items) => engine.evaluateDisputes(items) });
  assert.deepEqual(french.map((r) => r && r.locale), ["fr", "fr", "fr", "fr", null, null]);
  // A catalogue not loaded: the row says so (the caller loads what replyLocales names first).
  const unloaded = await renderReplies(table.rows, results, { ...options, replyLocale: "ko", evaluate: async (items) => engine.evaluateDisputes(items) });
  assert.deepEqual(unloaded.map((r) => r && r.locale), [null, null, null, null, null, null]);

  // The export: two columns after the results, the reply as it came (new lines kept), inert.
  const text = exportCsv(table, results, { replies });
  const [headers, ...rows] = Papa.parse(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const at = (name) => headers.indexOf(name);
  assert.ok(at("result.replyLocale") > at("result.failedCheck") && at("result.reply") === at("result.replyLocale") + 1, headers.join(","));
  assert.deepEqual(rows.map((r) => r[at("result.replyLocale")]), ["ru", "pt-BR", "de", "zh-CN", "", ""]);
  assert.deepEqual(rows.map((r) => r[at("result.reply")]), [...replies.slice(0, 4).map((r) => r.text), "", ""]);
  // Without replies the export is as before, and re-importing either gives the same rows.
  assert.equal(exportCsv(table, results).includes("result.reply"), false);
  assert.deepEqual(importCsv(text).rows.map((r) => r.input), table.rows.map((r) => r.input));
});
