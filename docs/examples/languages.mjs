import { evaluateDispute, formatMessage, formatMoney, formatDate, loadLocale } from "dispute-calc";
import assert from "node:assert/strict";

const input = {
  ruleset: "aliexpress", reason: "not_received", asOf: "2015-04-20", currency: "USD", price: 2599,
  dates: { shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" }, tracking: "delivered",
};

await loadLocale("ru"); // en and zh-CN are built in; the others load on demand
const d = evaluateDispute({ ...input, locale: "zh-CN", replyLocale: "ru" });
assert.match(d.summary, /^拒绝/); // for the seller, in Chinese
assert.match(d.reply, /^Здравствуйте!/); // for the buyer, in Russian
assert.match(formatMessage(d.messages.summary[0], "en"), /^Reject:/); // one message, in any loaded language

// Money and dates need no catalogue: Intl writes them as the locale does.
assert.equal(formatMoney(19900, "EUR", "de"), "199,00\u00a0€"); // a no-break space before the sign
assert.equal(formatDate("2024-03-08", "de"), "8. März 2024");

// A known locale that is not loaded is an input error that says how to load it.
assert.throws(() => evaluateDispute({ ...input, replyLocale: "ja" }), { name: "DisputeInputError", code: "locale_not_loaded", field: "replyLocale" });
