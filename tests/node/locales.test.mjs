// Languages, through the installed package: catalogues loaded on demand, a decision that speaks
// to the seller in one language and to the buyer in another, money, dates and plurals written by
// Intl as each language writes them, and the course cases' replies in every language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import init, { evaluateDispute, evaluateDisputes, formatMessage, formatMoney, formatDate, loadLocale, refundPenalty, rulesets } from "dispute-calc";

await init();

const localesDir = fileURLToPath(new URL("./", import.meta.resolve("dispute-calc/locales/en.json")));
const shipped = readdirSync(localesDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
const english = JSON.parse(readFileSync(`${localesDir}/en.json`, "utf8"));

// The course's worked example (AliExpress 2015): delivered per tracking, the buyer says not received.
const ae2015 = {
  ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
  currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
};

test("a known locale that is not loaded is refused with the field and how to load it; then it loads", async () => {
  const tag = shipped.find((t) => t !== "en" && t !== "zh-CN");
  assert.ok(tag, "a catalogue beyond en and zh-CN ships");
  assert.throws(() => evaluateDispute({ ...ae2015, replyLocale: tag }), {
    name: "DisputeInputError", code: "locale_not_loaded", field: "replyLocale", message: new RegExp(`loadLocale\\("${tag}"\\)`),
  });
  assert.throws(() => evaluateDispute({ ...ae2015, locale: tag }), { code: "locale_not_loaded", field: "locale" });
  // In a batch the item is refused, not the batch.
  const [item] = evaluateDisputes([{ ...ae2015, locale: tag }]);
  assert.deepEqual([item.ok, item.error.code, item.error.field], [false, "locale_not_loaded", "[0].locale"]);
  assert.throws(() => evaluateDispute({ ...ae2015, locale: "xx" }), { code: "unknown_value", field: "locale" });
  await assert.rejects(loadLocale("xx"), { code: "unknown_value" });
  assert.equal(await loadLocale(tag), tag);
  assert.equal(evaluateDispute({ ...ae2015, replyLocale: tag }).replyLocale, tag);
});

test("one decision in two languages: the summary in the seller's, the reply in the buyer's; the numbers are the same", async () => {
  await loadLocale("ru");
  const zh = evaluateDispute({ ...ae2015, locale: "zh-CN" });
  const mixed = evaluateDispute({ ...ae2015, locale: "zh-CN", replyLocale: "ru" });
  assert.equal(mixed.summary, zh.summary);
  assert.match(mixed.summary, /[\u4e00-\u9fff]/);
  assert.match(mixed.reply, /[а-яё]/i);
  assert.doesNotMatch(mixed.reply, /[\u4e00-\u9fff]/);
  assert.deepEqual(mixed.checks.map((c) => c.text), zh.checks.map((c) => c.text));
  for (const key of ["outcome", "fault", "refund", "deadlines", "evidence", "rules", "messages"]) {
    assert.deepEqual(mixed[key], zh[key], key);
  }
  // replyLocale defaults to locale.
  assert.equal(zh.replyLocale, "zh-CN");
  assert.equal(zh.reply, evaluateDispute({ ...ae2015, locale: "zh-CN", replyLocale: "zh-CN" }).reply);
});

test("money and dates are written by Intl as each language writes them", async () => {
  await Promise.all(shipped.map((t) => loadLocale(t)));
  assert.equal(formatMoney(19900, "CNY", "en"), "CN¥199.00");
  assert.equal(formatMoney(19900, "CNY", "zh-CN"), "¥199.00");
  assert.match(formatMoney(19900, "EUR", "de"), /^199,00\s€$/);
  assert.match(formatMoney(123456, "USD", "fr"), /^1\s234,56\s\$US$/);
  assert.equal(formatMoney(1999, "JPY", "ja"), "￥1,999");
  assert.match(formatMoney(1000, "BHD", "en"), /^BHD\s1\.000$/);
  // Exact for the largest amount (no float rounding on the way).
  assert.equal(formatMoney(9007199254740991, "USD", "en"), "$90,071,992,547,409.91");
  assert.equal(formatDate("2024-03-08", "en"), "March 8, 2024");
  assert.equal(formatDate("2024-03-08", "zh-CN"), "2024年3月8日");
  assert.equal(formatDate("2024-03-08", "de"), "8. März 2024");
  // A date-time keeps its own clock time and names its offset.
  assert.equal(formatDate("2024-05-21T09:30:00+08:00", "en"), "May 21, 2024 at 9:30 AM UTC+8");
  assert.equal(formatDate("2024-05-21T09:30:00Z", "en"), "May 21, 2024 at 9:30 AM UTC");
  // A decision's texts carry the same figures in every language.
  for (const tag of shipped) {
    const d = evaluateDispute({ ...ae2015, locale: tag });
    assert.ok(d.summary.includes(formatDate("2015-04-12", tag)), `${tag}: ${d.summary}`);
  }
  const p = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900, locale: "ja" });
  assert.ok(p.summary.includes(formatMoney(5970, "CNY", "ja")), p.summary);
  assert.equal(p.penalty, 5970);
});

test("plurals follow each language's categories (Russian: 1 день, 2 дня, 5 дней, 21 день)", async () => {
  await loadLocale("ru");
  // A handling time of N days, as the seller's check says it.
  const id = "aliexpress.handling_running";
  const say = (days, tag) => formatMessage({ id, args: { days, deadline: "2024-06-30" } }, tag);
  // The word after the number, whatever case the sentence puts it in.
  const word = (days, tag) => say(days, tag).match(new RegExp(`(?<!\\d)${days}\\s(\\p{L}+)`, "u"))[1];
  // one: 1, 21; few: 2, 3, 22; many: 5, 11, 12: three forms, the same within each category.
  assert.equal(word(1, "ru"), word(21, "ru"));
  assert.equal(word(2, "ru"), word(3, "ru"));
  assert.equal(word(2, "ru"), word(22, "ru"));
  assert.equal(word(5, "ru"), word(11, "ru"));
  assert.equal(word(5, "ru"), word(12, "ru"));
  assert.equal(new Set([word(1, "ru"), word(2, "ru"), word(5, "ru")]).size, 3, [1, 2, 5].map((n) => say(n, "ru")).join(" | "));
  assert.match(word(1, "ru"), /^д/);
  assert.deepEqual([1, 2, 5, 21].map((n) => `${n} ${word(n, "ru")}`), ["1 день", "2 дня", "5 дней", "21 день"]);
  const window = (days) => formatMessage({ id: "aliexpress.window_ok", args: { days, day: "2024-05-01", last: "2024-05-02" } }, "en");
  assert.match(window(1), /within 1 day of/);
  assert.match(window(2), /within 2 days of/);
});

test("rulesets() names each ruleset in the language asked for", async () => {
  await Promise.all(shipped.map((t) => loadLocale(t)));
  const names = new Set(shipped.map((t) => rulesets(t).find((r) => r.id === "cn-car").name));
  assert.equal(names.size, shipped.length, [...names].join(" | "));
  assert.deepEqual(rulesets("ja").map((r) => r.id), rulesets().map((r) => r.id));
});

test("the course cases' replies in every language (printed for review)", async (t) => {
  await Promise.all(shipped.map((tag) => loadLocale(tag)));
  const { coursePack } = await import("dispute-calc/exercises");
  const cases = coursePack.exercises.filter((e) => e.fn === "evaluateDispute").slice(0, 4);
  assert.ok(cases.length > 0);
  for (const exercise of [{ id: "ae-2015", input: ae2015 }, ...cases]) {
    for (const tag of shipped) {
      const d = evaluateDispute({ ...exercise.input, locale: "en", replyLocale: tag });
      assert.ok(d.reply.length > 40 && !/[{}]/.test(d.reply), `${exercise.id} ${tag}: ${d.reply}`);
      if (tag !== "en") assert.notEqual(d.reply, evaluateDispute({ ...exercise.input }).reply, `${exercise.id} ${tag}`);
      t.diagnostic(`${exercise.id} [${tag}] ${d.reply}`);
    }
  }
});
