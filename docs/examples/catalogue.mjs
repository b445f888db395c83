// A catalogue imported as data (a bundler inlines it; no fetch at run time), then registered.
import ru from "dispute-calc/locales/ru.json" with { type: "json" };
import { registerLocale, refundPenalty } from "dispute-calc";
import assert from "node:assert/strict";

registerLocale("ru", ru); // the same as await loadLocale("ru"), without the request
const p = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900, locale: "ru" });
assert.match(p.summary, /[а-я]/); // written in Russian
assert.equal(p.penalty, 5970); // the figures are the same in every language
